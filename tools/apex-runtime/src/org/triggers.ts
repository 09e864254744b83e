/**
 * Apex triggers in the in-memory org: which compiled triggers fire for an object and event, and the context
 * (`Trigger.new`, `Trigger.oldMap`, `Trigger.operationType`...) the System.Trigger class reads while they run.
 *
 * Several triggers on one object and event fire in file-name order; the platform guarantees no order ("the order
 * of execution isn't guaranteed when having multiple triggers for the same object due to the same event",
 * Apex Developer Guide, Triggers and Order of Execution).
 */
import type { CompiledTrigger } from '../compile/program';
import { T, type ApexType } from '../compile/types';
import type { Runtime } from '../runtime/runtime';
import { ApexList, ApexMap } from '../values/collections';
import type { ApexId } from '../values/id';
import type { SObjectValue } from '../values/sobject';
import type { SObjectInfo } from '../schema/schema';
import { exceptionMessage, exceptionTypeName } from '../values/format';
import { ApexThrow } from '../values/objects';

export type TriggerOp = 'insert' | 'update' | 'delete' | 'undelete';

export interface TriggerContext {
    isBefore: boolean;
    op: TriggerOp;
    newList: ApexList | null;
    oldList: ApexList | null;
    newMap: ApexMap | null;
    oldMap: ApexMap | null;
    size: number;
}

/**
 * An exception escaped a trigger. The platform marks every row of the chunk with it: "If a trigger ever throws an
 * unhandled exception, all records are marked with an error and no further processing takes place" (Apex
 * Developer Guide, Trigger Exceptions), status CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY and the message
 * `<Trigger>: execution of <Event> caused by: <Type>: <message>` followed by the stack.
 */
export class TriggerFailure extends Error {
    constructor(
        readonly trigger: CompiledTrigger,
        readonly error: ApexThrow,
        readonly isBefore: boolean,
        readonly op: TriggerOp
    ) {
        super(`trigger ${trigger.name} failed`);
    }

    get rowMessage(): string {
        const ex = this.error.exception;
        const head = `${this.trigger.name}: execution of ${eventLabel(this.isBefore, this.op)}`;
        const cause = `caused by: ${exceptionTypeName(ex)}: ${exceptionMessage(ex) ?? 'null'}`;
        return `${head}\n\n${cause}\n\n${ex.ex?.stackTrace ?? ''}`.trimEnd();
    }
}

/** The trigger contexts running now in each runtime, innermost last (DML in a trigger fires nested triggers). */
const running = new WeakMap<Runtime, TriggerContext[]>();

/** The innermost trigger context, or null outside triggers. */
export function currentTrigger(rt: Runtime): TriggerContext | null {
    const stack = running.get(rt);
    return stack && stack.length > 0 ? stack[stack.length - 1] : null;
}

/** How many trigger invocations are running inside one another now. */
export function triggerDepth(rt: Runtime): number {
    return running.get(rt)?.length ?? 0;
}

/** The triggers that fire for an object and event (`before insert`), in file-name order. */
export function triggersFor(rt: Runtime, info: SObjectInfo, isBefore: boolean, op: TriggerOp): CompiledTrigger[] {
    const event = `${isBefore ? 'before' : 'after'} ${op}`;
    const object = info.name.toLowerCase();
    return rt.program.triggers.filter((t) => t.object.toLowerCase() === object && t.events.has(event));
}

/** The TriggerOperation name of an event: BEFORE_INSERT, AFTER_UNDELETE... */
export function operationName(isBefore: boolean, op: TriggerOp): string {
    return `${isBefore ? 'BEFORE' : 'AFTER'}_${op.toUpperCase()}`;
}

/** How the platform names the event in "execution of BeforeInsert" messages. */
export function eventLabel(isBefore: boolean, op: TriggerOp): string {
    return `${isBefore ? 'Before' : 'After'}${op[0].toUpperCase()}${op.slice(1)}`;
}

function listOf(info: SObjectInfo, records: SObjectValue[] | null): ApexList | null {
    return records ? new ApexList(records, { k: 'sobject', name: info.name }) : null;
}

function mapOf(info: SObjectInfo, records: SObjectValue[] | null): ApexMap | null {
    if (!records) {
        return null;
    }
    const type: ApexType = { k: 'sobject', name: info.name };
    const map = new ApexMap(T.Id, type);
    for (const record of records) {
        map.put(record.get('id') as ApexId, record);
    }
    return map;
}

/**
 * Runs `triggers` with one context. `newRecords` are the records triggers may change (before insert/update) or
 * read-only copies (after); `oldRecords` the saved versions (update, delete). newMap exists only when the new
 * records have Ids (not in before insert), as documented for Trigger.newMap.
 */
export function runTriggers(
    rt: Runtime,
    triggers: CompiledTrigger[],
    info: SObjectInfo,
    isBefore: boolean,
    op: TriggerOp,
    newRecords: SObjectValue[] | null,
    oldRecords: SObjectValue[] | null
): void {
    const context: TriggerContext = {
        isBefore,
        op,
        newList: listOf(info, newRecords),
        oldList: listOf(info, oldRecords),
        newMap: op === 'insert' && isBefore ? null : mapOf(info, newRecords),
        oldMap: mapOf(info, oldRecords),
        size: (newRecords ?? oldRecords ?? []).length
    };
    let stack = running.get(rt);
    if (!stack) {
        stack = [];
        running.set(rt, stack);
    }
    stack.push(context);
    try {
        for (const trigger of triggers) {
            try {
                rt.invoke(trigger.main, null, []);
            } catch (error) {
                // A catchable exception fails the rows; LimitException and AssertException end the transaction.
                if (error instanceof ApexThrow && !error.exception.cls.uncatchable) {
                    throw new TriggerFailure(trigger, error, isBefore, op);
                }
                throw error;
            }
        }
    } finally {
        stack.pop();
    }
}
