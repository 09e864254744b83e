/**
 * Test.createStub(Type, StubProvider): an object of a synthetic subclass (or implementer) of the stubbed type,
 * whose every instance method calls the provider's handleMethodCall(stubbedObject, stubbedMethodName, returnType,
 * listOfParamTypes, listOfParamNames, listOfArgs) and returns what it returns.
 */
import { RClass, RMethod } from '../compile/model';
import { coerceDynamic } from '../compile/convert';
import { libType, T } from '../compile/types';
import { activeRuntime } from '../runtime/active';
import { apexError } from '../runtime/errors';
import { ApexList } from '../values/collections';
import { ApexTypeValue } from '../values/misc';
import { ApexObject } from '../values/objects';

const stubClasses = new WeakMap<RClass, RClass>();
const TYPE = libType('System.Type');

function stubClassFor(target: RClass): RClass {
    const existing = stubClasses.get(target);
    if (existing) {
        return existing;
    }
    const cls = new RClass(`${target.name}__sfdc_ApexStub`, 'class', target.outer, target.topLevel.file, null);
    cls.stubOf = target;
    if (target.kind === 'interface') {
        cls.interfaces = [target];
    } else {
        cls.superclass = target;
    }
    cls.instanceSlots = target.instanceSlots;
    cls.fieldDefaults = target.fieldDefaults.slice();
    cls.instanceFieldList = target.instanceFieldList;
    const natives = new Map<RMethod, RMethod>();
    for (const [key, method] of target.vtable) {
        let stub = natives.get(method);
        if (!stub) {
            stub = stubMethod(cls, method);
            natives.set(method, stub);
        }
        cls.vtable.set(key, stub);
    }
    stubClasses.set(target, cls);
    return cls;
}

function stubMethod(owner: RClass, method: RMethod): RMethod {
    const stub = new RMethod(method.name, owner, false, method.params, method.returnType, method.line, [], null);
    stub.native = (self, args) => {
        const rt = activeRuntime()!;
        const obj = self as ApexObject;
        const provider = obj.stubProvider!;
        const result = rt.invokeVirtual(provider, 'handlemethodcall/6', [
            obj,
            method.name,
            new ApexTypeValue(method.returnType),
            new ApexList(
                method.params.map((p) => new ApexTypeValue(p.type)),
                TYPE
            ),
            new ApexList(
                method.params.map((p) => p.name),
                T.String
            ),
            new ApexList([...args], T.Object)
        ]);
        return coerceDynamic(result, method.returnType);
    };
    return stub;
}

export function createStub(type: ApexTypeValue, provider: ApexObject): ApexObject {
    const t = type.type;
    if (t.k !== 'class' || t.cls.kind === 'enum') {
        throw apexError('System.TypeException', `Cannot create a stub of ${type.name}`);
    }
    const cls = stubClassFor(t.cls);
    const obj = new ApexObject(cls, cls.fieldDefaults.slice());
    obj.stubProvider = provider;
    return obj;
}
