/**
 * Smaller runtime values: Blob, System.Type, SObject type and field tokens, and the base of every other library
 * object (Pattern, Matcher, describe results...).
 */
import type { ApexType } from '../compile/types';
import { typeName } from '../compile/types';
import type { SObjectFieldInfo, SObjectInfo } from '../schema/schema';

export class ApexBlob {
    constructor(readonly bytes: Uint8Array) {}
    static fromString(text: string): ApexBlob {
        return new ApexBlob(new Uint8Array(Buffer.from(text, 'utf8')));
    }
    toUtf8(): string {
        return Buffer.from(this.bytes).toString('utf8');
    }
}

/** A library object whose methods the library registry knows by `libTypeName`. */
export abstract class LibValue {
    abstract readonly libTypeName: string;
}

/** A System.Type value: `Foo.class`, `Type.forName('Foo')`. */
export class ApexTypeValue extends LibValue {
    readonly libTypeName = 'System.Type';
    constructor(readonly type: ApexType) {
        super();
    }
    get name(): string {
        return typeName(this.type);
    }
}

/** A Schema.SObjectType token: `Account.SObjectType`. */
export class SObjectTypeToken extends LibValue {
    readonly libTypeName = 'Schema.SObjectType';
    constructor(readonly info: SObjectInfo) {
        super();
    }
}

/** A Schema.SObjectField token: `Account.Name`, `Schema.Account.Name`. */
export class SObjectFieldToken extends LibValue {
    readonly libTypeName = 'Schema.SObjectField';
    constructor(
        readonly object: SObjectInfo,
        readonly field: SObjectFieldInfo
    ) {
        super();
    }
}

/**
 * Library objects implemented by classes that do not extend LibValue (the value primitives in src/lib):
 * registered here with their Apex type name, so dispatch, instanceof and type names work for them too.
 */
/** Any class, including ones with private constructors. */
type AnyClass = { prototype: object };

const foreignTypes: Array<[AnyClass, string]> = [];

export function registerForeignType(ctor: AnyClass, apexTypeName: string): void {
    foreignTypes.push([ctor, apexTypeName]);
}

/** The Apex library type name of a LibValue or registered foreign object, else undefined. */
export function libTypeNameOf(v: unknown): string | undefined {
    if (v instanceof LibValue) {
        return v.libTypeName;
    }
    if (typeof v === 'object' && v !== null) {
        for (const [ctor, name] of foreignTypes) {
            if (ctor.prototype.isPrototypeOf(v)) {
                return name;
            }
        }
    }
    return undefined;
}
