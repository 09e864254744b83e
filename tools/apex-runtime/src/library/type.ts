/**
 * System.Type: `Foo.class`, Type.forName(name), newInstance(), getName().
 */
import { TypeResolver } from '../compile/resolve';
import { isDynamic, sameType, type ApexType } from '../compile/types';
import { apexError, nullPointer } from '../runtime/errors';
import type { Frame } from '../runtime/frame';
import { ApexList, ApexMap, ApexSet } from '../values/collections';
import { stringHashCode } from '../values/equality';
import { ApexTypeValue } from '../values/misc';
import { SObjectValue } from '../values/sobject';
import { defineLibType, method } from './registry';

const TypeType = defineLibType('System.Type', 'Type');

function forName(f: Frame, name: string): ApexTypeValue | null {
    const resolved = new TypeResolver(f.rt.program).resolvePath(name.split('.'), null);
    return resolved ? new ApexTypeValue(resolved) : null;
}

method(TypeType, 'static System.Type forName(String, String?)', (_self, [a, b], f: Frame) => {
    if (a === null && (b === undefined || b === null)) {
        throw nullPointer();
    }
    const name = b === undefined ? (a as string) : a ? `${a as string}.${b as string}` : (b as string);
    return forName(f, name);
});
method(TypeType, 'String getName()', (self: ApexTypeValue) => self.name);
method(TypeType, 'String toString()', (self: ApexTypeValue) => self.name);
method(
    TypeType,
    'Boolean equals(Object)',
    (self: ApexTypeValue, [other]) => other instanceof ApexTypeValue && sameType(self.type, other.type)
);
method(TypeType, 'Integer hashCode()', (self: ApexTypeValue) => stringHashCode(self.name.toLowerCase()));
method(TypeType, 'Boolean isAssignableFrom(System.Type)', (self: ApexTypeValue, [other]) => {
    if (other === null) {
        throw nullPointer();
    }
    return assignable((other as ApexTypeValue).type, self.type);
});
method(TypeType, 'Object newInstance()', (self: ApexTypeValue, _args, f: Frame) => newInstance(self.type, f));

function assignable(from: ApexType, to: ApexType): boolean {
    if (isDynamic(to) || sameType(from, to)) {
        return true;
    }
    if (from.k === 'class' && to.k === 'class') {
        return from.cls.isSubclassOf(to.cls);
    }
    if (from.k === 'sobject' && to.k === 'sobject') {
        return to.name === null;
    }
    return false;
}

function newInstance(type: ApexType, f: Frame): unknown {
    switch (type.k) {
        case 'class': {
            const cls = type.cls;
            const ctor = cls.constructors.find((c) => c.params.length === 0);
            if (cls.kind !== 'class' || cls.isAbstract || !ctor) {
                throw apexError(
                    'System.TypeException',
                    `${cls.fullName} does not have a no-arg constructor or is not instantiable`
                );
            }
            return f.rt.construct(cls, ctor, []);
        }
        case 'sobject': {
            const info = type.name ? f.rt.program.schema.getObject(type.name) : undefined;
            if (!info) {
                throw apexError('System.TypeException', 'Cannot instantiate SObject');
            }
            return new SObjectValue(info);
        }
        case 'list':
            return new ApexList([], type.of);
        case 'set':
            return new ApexSet(type.of);
        case 'map':
            return new ApexMap(type.key, type.value);
        default:
            throw apexError('System.TypeException', 'Type cannot be instantiated');
    }
}
