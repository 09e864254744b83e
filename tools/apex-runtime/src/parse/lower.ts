/**
 * Converts apex-parser's ANTLR tree into the runtime's compact tree (ast.ts). This runs once per source text;
 * nothing downstream ever touches an ANTLR context, which is what keeps execution fast.
 */
import * as P from '@apexdevtools/apex-parser';
import type { ApexParserRuleContext, ApexParseTree, ApexTerminalNode } from '@apexdevtools/apex-parser';
import type * as A from './ast';

type Ctx = ApexParserRuleContext;

/** A shape in the ANTLR tree that this lowering does not know: a bug in the runtime, reported with its line. */
export class LoweringError extends Error {
    constructor(
        message: string,
        readonly line: number
    ) {
        super(message);
    }
}

function isTerminal(node: ApexParseTree): node is ApexTerminalNode {
    return (node as ApexTerminalNode).symbol !== undefined;
}

function children(ctx: Ctx): ApexParseTree[] {
    return (ctx.children ?? []) as ApexParseTree[];
}

function terminalTexts(ctx: Ctx): string[] {
    return children(ctx)
        .filter(isTerminal)
        .map((t) => t.getText());
}

function lineOf(ctx: Ctx): number {
    return ctx.start.line;
}

// ------------------------------------------------------------------------------------------------ literals

/** Apex string escapes: \b \t \n \f \r \" \' \\ and \uXXXX. */
export function unescapeApexString(body: string): string {
    if (!body.includes('\\')) {
        return body;
    }
    let out = '';
    for (let i = 0; i < body.length; i++) {
        const ch = body[i];
        if (ch !== '\\' || i + 1 >= body.length) {
            out += ch;
            continue;
        }
        const next = body[++i];
        switch (next) {
            case 'b':
                out += '\b';
                break;
            case 't':
                out += '\t';
                break;
            case 'n':
                out += '\n';
                break;
            case 'f':
                out += '\f';
                break;
            case 'r':
                out += '\r';
                break;
            case 'u':
                out += String.fromCharCode(parseInt(body.slice(i + 1, i + 5), 16));
                i += 4;
                break;
            default:
                out += next;
        }
    }
    return out;
}

function stringLiteralValue(text: string): string {
    if (text.startsWith("'''")) {
        // Multiline literal: the opening quotes are followed by a line break that is not part of the value.
        const body = text.slice(3, -3).replace(/^\r?\n/, '');
        return unescapeApexString(body);
    }
    return unescapeApexString(text.slice(1, -1));
}

function lowerLiteral(ctx: P.LiteralContext): A.LiteralExpr {
    const line = lineOf(ctx);
    const text = ctx.getText();
    if (ctx.IntegerLiteral()) {
        return { k: 'literal', line, kind: 'Integer', value: text };
    }
    if (ctx.LongLiteral()) {
        return { k: 'literal', line, kind: 'Long', value: text.slice(0, -1) };
    }
    if (ctx.NumberLiteral()) {
        const isDouble = /d$/i.test(text);
        return {
            k: 'literal',
            line,
            kind: isDouble ? 'Double' : 'Decimal',
            value: isDouble ? text.slice(0, -1) : text
        };
    }
    if (ctx.StringLiteral() || ctx.MultilineStringLiteral()) {
        return { k: 'literal', line, kind: 'String', value: stringLiteralValue(text) };
    }
    if (ctx.BooleanLiteral()) {
        return { k: 'literal', line, kind: 'Boolean', value: text.toLowerCase() === 'true' };
    }
    return { k: 'literal', line, kind: 'null', value: null };
}

// --------------------------------------------------------------------------------------------------- types

function lowerTypeName(ctx: P.TypeNameContext): A.TypeNamePart {
    const name = children(ctx)[0].getText();
    const args = ctx.typeArguments();
    return args ? { name, args: lowerTypeList(args.typeList()) } : { name };
}

function lowerTypeList(ctx: P.TypeListContext): A.TypeNode[] {
    return ctx.typeRef_list().map(lowerTypeRef);
}

export function lowerTypeRef(ctx: P.TypeRefContext): A.TypeNode {
    const subscripts = ctx.arraySubscripts();
    const arrayDims = subscripts ? terminalTexts(subscripts).filter((t) => t === '[').length : 0;
    return { parts: ctx.typeName_list().map(lowerTypeName), arrayDims };
}

function qualifiedNameType(ctx: P.QualifiedNameContext): A.TypeNode {
    return { parts: ctx.id_list().map((id) => ({ name: id.getText() })), arrayDims: 0 };
}

// ----------------------------------------------------------------------------------------------- modifiers

function lowerAnnotation(ctx: P.AnnotationContext): A.Annotation {
    const params: Record<string, string> = {};
    const pairs = ctx.elementValuePairs();
    if (pairs) {
        for (const pair of pairs.elementValuePair_list()) {
            params[pair.id().getText().toLowerCase()] = pair.elementValue().getText();
        }
    }
    const single = ctx.elementValue();
    if (single) {
        params.value = single.getText();
    }
    return { name: ctx.id().getText(), params };
}

function lowerModifiers(mods: P.ModifierContext[]): A.Modifiers {
    const keywords: string[] = [];
    const annotations: A.Annotation[] = [];
    for (const mod of mods) {
        const annotation = mod.annotation();
        if (annotation) {
            annotations.push(lowerAnnotation(annotation));
        } else {
            keywords.push(terminalTexts(mod).join(' ').toLowerCase());
        }
    }
    return { keywords, annotations };
}

// ------------------------------------------------------------------------------------------------ lowering

/** Lowers one source file. `source` is needed to cut the text of inline SOQL out of the original. */
export class Lowerer {
    constructor(private readonly source: string) {}

    compilationUnit(ctx: P.CompilationUnitContext): A.ClassUnit {
        return { k: 'classUnit', decl: this.typeDeclaration(ctx.typeDeclaration()) };
    }

    anonymousUnit(ctx: P.AnonymousUnitContext): A.AnonymousUnit {
        const { members, statements } = this.scopeBody(
            ctx
                .anonymousBlock()
                .anonymousBlockMember_list()
                .map((m) => ({
                    statement: m.statement(),
                    modifiers: m.modifier_list(),
                    decl: m.anonymousMemberDeclaration()
                }))
        );
        return { k: 'anonymousUnit', members, statements };
    }

    /** A trigger: its object and events, and a body lowered like an anonymous script's. */
    triggerUnit(ctx: P.TriggerUnitContext): A.TriggerUnit {
        const { members, statements } = this.scopeBody(
            ctx
                .triggerBlock()
                .triggerBlockMember_list()
                .map((m) => ({
                    statement: m.statement(),
                    modifiers: m.modifier_list(),
                    decl: m.triggerMemberDeclaration()
                }))
        );
        const events = ctx
            .triggerCase_list()
            .map((c) => `${c.BEFORE() ? 'before' : 'after'} ${c.getChild(1)!.getText().toLowerCase()}`);
        const ids = ctx.id_list();
        return { k: 'triggerUnit', name: ids[0].getText(), object: ids[1].getText(), events, members, statements };
    }

    /** The top level of anonymous Apex or a trigger body: statements, plus declared methods and types. */
    private scopeBody(
        parts: Array<{
            statement: P.StatementContext | null;
            modifiers: P.ModifierContext[];
            decl: P.AnonymousMemberDeclarationContext | P.TriggerMemberDeclarationContext | null;
        }>
    ): { members: A.Member[]; statements: A.Stmt[] } {
        const members: A.Member[] = [];
        const statements: A.Stmt[] = [];
        for (const part of parts) {
            if (part.statement) {
                statements.push(this.statement(part.statement));
                continue;
            }
            const modifiers = lowerModifiers(part.modifiers);
            const decl = part.decl!;
            const field = decl.fieldDeclaration();
            if (field) {
                // A top-level `Integer x = 1;` is a local variable of the script, in statement order.
                statements.push({
                    k: 'local',
                    line: lineOf(field),
                    type: lowerTypeRef(field.typeRef()),
                    isFinal: modifiers.keywords.includes('final'),
                    decls: this.variableDeclarators(field.variableDeclarators())
                });
                continue;
            }
            members.push(this.memberFromParts(decl, modifiers));
        }
        return { members, statements };
    }

    private typeDeclaration(ctx: P.TypeDeclarationContext): A.TypeDecl {
        const modifiers = lowerModifiers(ctx.modifier_list());
        const cls = ctx.classDeclaration();
        if (cls) {
            return this.classDeclaration(cls, modifiers);
        }
        const iface = ctx.interfaceDeclaration();
        if (iface) {
            return this.interfaceDeclaration(iface, modifiers);
        }
        return this.enumDeclaration(ctx.enumDeclaration(), modifiers);
    }

    private classDeclaration(ctx: P.ClassDeclarationContext, modifiers: A.Modifiers): A.TypeDecl {
        const members: A.Member[] = [];
        for (const decl of ctx.classBody().classBodyDeclaration_list()) {
            const member = this.classBodyDeclaration(decl);
            if (member) {
                members.push(member);
            }
        }
        const ext = ctx.typeRef();
        const impl = ctx.typeList();
        return {
            kind: 'class',
            name: ctx.id().getText(),
            line: lineOf(ctx),
            endLine: ctx.stop?.line ?? lineOf(ctx),
            modifiers,
            superclass: ext ? lowerTypeRef(ext) : undefined,
            interfaces: impl ? lowerTypeList(impl) : [],
            members
        };
    }

    private interfaceDeclaration(ctx: P.InterfaceDeclarationContext, modifiers: A.Modifiers): A.TypeDecl {
        const members: A.Member[] = ctx
            .interfaceBody()
            .interfaceMethodDeclaration_list()
            .map((m) => {
                const typeRef = m.typeRef();
                return {
                    k: 'method',
                    line: lineOf(m),
                    endLine: m.stop?.line ?? lineOf(m),
                    modifiers: lowerModifiers(m.modifier_list()),
                    name: m.id().getText(),
                    returnType: typeRef ? lowerTypeRef(typeRef) : null,
                    params: this.formalParameters(m.formalParameters()),
                    body: null
                };
            });
        const ext = ctx.typeList();
        return {
            kind: 'interface',
            name: ctx.id().getText(),
            line: lineOf(ctx),
            endLine: ctx.stop?.line ?? lineOf(ctx),
            modifiers,
            interfaces: ext ? lowerTypeList(ext) : [],
            members
        };
    }

    private enumDeclaration(ctx: P.EnumDeclarationContext, modifiers: A.Modifiers): A.TypeDecl {
        const constants = ctx.enumConstants();
        return {
            kind: 'enum',
            name: ctx.id().getText(),
            line: lineOf(ctx),
            endLine: ctx.stop?.line ?? lineOf(ctx),
            modifiers,
            interfaces: [],
            members: [],
            enumValues: constants ? constants.id_list().map((id) => id.getText()) : []
        };
    }

    private classBodyDeclaration(ctx: P.ClassBodyDeclarationContext): A.Member | null {
        const block = ctx.block();
        if (block) {
            return { k: 'initializer', line: lineOf(ctx), isStatic: !!ctx.STATIC(), body: this.block(block) };
        }
        const member = ctx.memberDeclaration();
        if (!member) {
            return null; // a stray semicolon
        }
        return this.memberFromParts(member, lowerModifiers(ctx.modifier_list()));
    }

    /** Member declarations share their shape across class bodies and anonymous scripts. */
    private memberFromParts(
        ctx: P.MemberDeclarationContext | P.AnonymousMemberDeclarationContext | P.TriggerMemberDeclarationContext,
        modifiers: A.Modifiers
    ): A.Member {
        const method = ctx.methodDeclaration();
        if (method) {
            const typeRef = method.typeRef();
            const body = method.block();
            return {
                k: 'method',
                line: lineOf(method),
                endLine: method.stop?.line ?? lineOf(method),
                modifiers,
                name: method.id().getText(),
                returnType: typeRef ? lowerTypeRef(typeRef) : null,
                params: this.formalParameters(method.formalParameters()),
                body: body ? this.block(body) : null
            };
        }
        const ctor = ctx instanceof P.MemberDeclarationContext ? ctx.constructorDeclaration() : undefined;
        if (ctor) {
            return {
                k: 'constructor',
                line: lineOf(ctor),
                modifiers,
                name: ctor.qualifiedName().getText(),
                params: this.formalParameters(ctor.formalParameters()),
                body: this.block(ctor.block())
            };
        }
        const field = ctx.fieldDeclaration();
        if (field) {
            return {
                k: 'field',
                line: lineOf(field),
                modifiers,
                type: lowerTypeRef(field.typeRef()),
                decls: this.variableDeclarators(field.variableDeclarators())
            };
        }
        const property = ctx.propertyDeclaration();
        if (property) {
            return this.property(property, modifiers);
        }
        const cls = ctx.classDeclaration();
        if (cls) {
            return { k: 'type', line: lineOf(cls), decl: this.classDeclaration(cls, modifiers) };
        }
        const iface = ctx.interfaceDeclaration();
        if (iface) {
            return { k: 'type', line: lineOf(iface), decl: this.interfaceDeclaration(iface, modifiers) };
        }
        const en = ctx.enumDeclaration();
        if (en) {
            return { k: 'type', line: lineOf(en), decl: this.enumDeclaration(en, modifiers) };
        }
        throw new LoweringError(`unknown member declaration: ${ctx.getText().slice(0, 60)}`, lineOf(ctx));
    }

    private property(ctx: P.PropertyDeclarationContext, modifiers: A.Modifiers): A.PropertyMember {
        const result: A.PropertyMember = {
            k: 'property',
            line: lineOf(ctx),
            modifiers,
            type: lowerTypeRef(ctx.typeRef()),
            name: ctx.id().getText()
        };
        for (const block of ctx.propertyBlock_list()) {
            const accessorModifiers = lowerModifiers(block.modifier_list());
            const getter = block.getter();
            if (getter) {
                const body = getter.block();
                result.getter = {
                    line: lineOf(getter),
                    modifiers: accessorModifiers,
                    body: body ? this.block(body) : null
                };
            }
            const setter = block.setter();
            if (setter) {
                const body = setter.block();
                result.setter = {
                    line: lineOf(setter),
                    modifiers: accessorModifiers,
                    body: body ? this.block(body) : null
                };
            }
        }
        return result;
    }

    private formalParameters(ctx: P.FormalParametersContext): A.Parameter[] {
        const list = ctx.formalParameterList();
        if (!list) {
            return [];
        }
        return list.formalParameter_list().map((p) => ({
            name: p.id().getText(),
            type: lowerTypeRef(p.typeRef()),
            line: lineOf(p)
        }));
    }

    private variableDeclarators(ctx: P.VariableDeclaratorsContext): A.VariableDeclarator[] {
        return ctx.variableDeclarator_list().map((d) => {
            const init = d.expression();
            return init
                ? { name: d.id().getText(), line: lineOf(d), init: this.expression(init) }
                : { name: d.id().getText(), line: lineOf(d) };
        });
    }

    // ------------------------------------------------------------------------------------------ statements

    block(ctx: P.BlockContext): A.BlockStmt {
        return { k: 'block', line: lineOf(ctx), body: ctx.statement_list().map((s) => this.statement(s)) };
    }

    private optionalStatement(ctx: P.StatementContext | undefined | null): A.Stmt | null {
        return ctx ? this.statement(ctx) : null;
    }

    private localDeclaration(ctx: P.LocalVariableDeclarationContext): A.LocalStmt {
        const modifiers = lowerModifiers(ctx.modifier_list());
        return {
            k: 'local',
            line: lineOf(ctx),
            type: lowerTypeRef(ctx.typeRef()),
            isFinal: modifiers.keywords.includes('final'),
            decls: this.variableDeclarators(ctx.variableDeclarators())
        };
    }

    statement(ctx: P.StatementContext): A.Stmt {
        const inner = children(ctx)[0] as Ctx;
        const line = lineOf(ctx);
        if (inner instanceof P.BlockContext) {
            return this.block(inner);
        }
        if (inner instanceof P.LocalVariableDeclarationStatementContext) {
            return this.localDeclaration(inner.localVariableDeclaration());
        }
        if (inner instanceof P.ExpressionStatementContext) {
            return { k: 'expr', line, expr: this.expression(inner.expression()) };
        }
        if (inner instanceof P.IfStatementContext) {
            const [thenStmt, elseStmt] = inner.statement_list();
            const result: A.IfStmt = {
                k: 'if',
                line,
                cond: this.expression(inner.parExpression().expression()),
                then: this.statement(thenStmt)
            };
            if (elseStmt) {
                result.else = this.statement(elseStmt);
            }
            return result;
        }
        if (inner instanceof P.WhileStatementContext) {
            return {
                k: 'while',
                line,
                cond: this.expression(inner.parExpression().expression()),
                body: this.optionalStatement(inner.statement())
            };
        }
        if (inner instanceof P.DoWhileStatementContext) {
            return {
                k: 'doWhile',
                line,
                body: this.block(inner.block()),
                cond: this.expression(inner.parExpression().expression())
            };
        }
        if (inner instanceof P.ForStatementContext) {
            return this.forStatement(inner);
        }
        if (inner instanceof P.ReturnStatementContext) {
            const value = inner.expression();
            return value ? { k: 'return', line, value: this.expression(value) } : { k: 'return', line };
        }
        if (inner instanceof P.ThrowStatementContext) {
            return { k: 'throw', line, value: this.expression(inner.expression()) };
        }
        if (inner instanceof P.BreakStatementContext) {
            return { k: 'break', line };
        }
        if (inner instanceof P.ContinueStatementContext) {
            return { k: 'continue', line };
        }
        if (inner instanceof P.TryStatementContext) {
            return this.tryStatement(inner);
        }
        if (inner instanceof P.SwitchStatementContext) {
            return this.switchStatement(inner);
        }
        if (inner instanceof P.RunAsStatementContext) {
            const list = inner.expressionList();
            return {
                k: 'runAs',
                line,
                args: list ? this.expressionList(list) : [],
                body: this.block(inner.block())
            };
        }
        return this.dmlStatement(inner, line);
    }

    private dmlStatement(inner: Ctx, line: number): A.DmlStmt {
        const accessOf = (level: P.AccessLevelContext | null | undefined): 'user' | 'system' | null =>
            level ? (level.USER() ? 'user' : 'system') : null;
        if (inner instanceof P.InsertStatementContext) {
            return {
                k: 'dml',
                line,
                op: 'insert',
                access: accessOf(inner.accessLevel()),
                target: this.expression(inner.expression())
            };
        }
        if (inner instanceof P.UpdateStatementContext) {
            return {
                k: 'dml',
                line,
                op: 'update',
                access: accessOf(inner.accessLevel()),
                target: this.expression(inner.expression())
            };
        }
        if (inner instanceof P.DeleteStatementContext) {
            return {
                k: 'dml',
                line,
                op: 'delete',
                access: accessOf(inner.accessLevel()),
                target: this.expression(inner.expression())
            };
        }
        if (inner instanceof P.UndeleteStatementContext) {
            return {
                k: 'dml',
                line,
                op: 'undelete',
                access: accessOf(inner.accessLevel()),
                target: this.expression(inner.expression())
            };
        }
        if (inner instanceof P.UpsertStatementContext) {
            const field = inner.qualifiedName();
            const result: A.DmlStmt = {
                k: 'dml',
                line,
                op: 'upsert',
                access: accessOf(inner.accessLevel()),
                target: this.expression(inner.expression())
            };
            if (field) {
                result.externalIdField = field.getText();
            }
            return result;
        }
        if (inner instanceof P.MergeStatementContext) {
            const [target, other] = inner.expression_list();
            return {
                k: 'dml',
                line,
                op: 'merge',
                access: accessOf(inner.accessLevel()),
                target: this.expression(target),
                mergeWith: this.expression(other)
            };
        }
        throw new LoweringError(`unknown statement: ${inner.getText().slice(0, 60)}`, line);
    }

    private forStatement(ctx: P.ForStatementContext): A.Stmt {
        const line = lineOf(ctx);
        const control = ctx.forControl();
        const body = this.optionalStatement(ctx.statement());
        const enhanced = control.enhancedForControl();
        if (enhanced) {
            return {
                k: 'forEach',
                line,
                type: lowerTypeRef(enhanced.typeRef()),
                name: enhanced.id().getText(),
                iterable: this.expression(enhanced.expression()),
                body
            };
        }
        const init = control.forInit();
        let lowered: A.LocalStmt | A.Expr[] | null = null;
        if (init) {
            const local = init.localVariableDeclaration();
            lowered = local ? this.localDeclaration(local) : this.expressionList(init.expressionList());
        }
        const cond = control.expression();
        const update = control.forUpdate();
        return {
            k: 'for',
            line,
            init: lowered,
            cond: cond ? this.expression(cond) : null,
            update: update ? this.expressionList(update.expressionList()) : [],
            body
        };
    }

    private tryStatement(ctx: P.TryStatementContext): A.TryStmt {
        const result: A.TryStmt = {
            k: 'try',
            line: lineOf(ctx),
            body: this.block(ctx.block()),
            catches: ctx.catchClause_list().map((c) => ({
                line: lineOf(c),
                type: qualifiedNameType(c.qualifiedName()),
                name: c.id().getText(),
                body: this.block(c.block())
            }))
        };
        const fin = ctx.finallyBlock();
        if (fin) {
            result.finally = this.block(fin.block());
        }
        return result;
    }

    private switchStatement(ctx: P.SwitchStatementContext): A.SwitchStmt {
        const whens: A.WhenClause[] = ctx.whenControl_list().map((w) => {
            const line = lineOf(w);
            const body = this.block(w.block());
            const value = w.whenValue();
            if (value.ELSE()) {
                return { k: 'else', line, body };
            }
            const typeRef = value.typeRef();
            if (typeRef) {
                return { k: 'type', line, type: lowerTypeRef(typeRef), name: value.id().getText(), body };
            }
            return { k: 'values', line, values: value.whenLiteral_list().map((l) => this.whenLiteral(l)), body };
        });
        return { k: 'switch', line: lineOf(ctx), expr: this.expression(ctx.expression()), whens };
    }

    private whenLiteral(ctx: P.WhenLiteralContext): A.WhenLiteral {
        const nested = ctx.whenLiteral();
        if (nested) {
            return this.whenLiteral(nested);
        }
        const negative = ctx.SUB_list().length % 2 === 1;
        const integer = ctx.IntegerLiteral();
        if (integer) {
            return { k: 'integer', value: integer.getText(), negative };
        }
        const long = ctx.LongLiteral();
        if (long) {
            return { k: 'long', value: long.getText().slice(0, -1), negative };
        }
        const str = ctx.StringLiteral() ?? ctx.MultilineStringLiteral();
        if (str) {
            return { k: 'string', value: stringLiteralValue(str.getText()) };
        }
        if (ctx.NULL()) {
            return { k: 'null' };
        }
        return {
            k: 'name',
            parts: ctx
                .qualifiedName()
                .id_list()
                .map((id) => id.getText())
        };
    }

    // ----------------------------------------------------------------------------------------- expressions

    private expressionList(ctx: P.ExpressionListContext): A.Expr[] {
        return ctx.expression_list().map((e) => this.expression(e));
    }

    private binaryOp(ctx: Ctx): string {
        return terminalTexts(ctx).join('');
    }

    expression(ctx: P.ExpressionContext): A.Expr {
        const line = lineOf(ctx);
        if (ctx instanceof P.PrimaryExpressionContext) {
            return this.primary(ctx.primary());
        }
        if (ctx instanceof P.DotExpressionContext) {
            const target = this.expression(ctx.expression());
            const safe = !!ctx.QUESTIONDOT();
            const call = ctx.dotMethodCall();
            if (call) {
                const list = call.expressionList();
                return {
                    k: 'call',
                    line: lineOf(call),
                    target,
                    name: call.anyId().getText(),
                    args: list ? this.expressionList(list) : [],
                    safe
                };
            }
            return { k: 'field', line: lineOf(ctx.anyId()), target, name: ctx.anyId().getText(), safe };
        }
        if (ctx instanceof P.ArrayExpressionContext) {
            const [target, index] = ctx.expression_list();
            return { k: 'index', line, target: this.expression(target), index: this.expression(index) };
        }
        if (ctx instanceof P.MethodCallExpressionContext) {
            const call = ctx.methodCall();
            const list = call.expressionList();
            const args = list ? this.expressionList(list) : [];
            if (call.THIS()) {
                return { k: 'chainCall', line, to: 'this', args };
            }
            if (call.SUPER()) {
                return { k: 'chainCall', line, to: 'super', args };
            }
            return { k: 'call', line, target: null, name: call.id().getText(), args, safe: false };
        }
        if (ctx instanceof P.NewExpressionContext) {
            return this.creator(ctx.creator(), line);
        }
        if (ctx instanceof P.CastExpressionContext) {
            return { k: 'cast', line, type: lowerTypeRef(ctx.typeRef()), expr: this.expression(ctx.expression()) };
        }
        if (ctx instanceof P.SubExpressionContext) {
            return this.expression(ctx.expression());
        }
        if (ctx instanceof P.PostOpExpressionContext) {
            return {
                k: 'incdec',
                line,
                op: this.binaryOp(ctx) as '++' | '--',
                prefix: false,
                target: this.expression(ctx.expression())
            };
        }
        if (ctx instanceof P.PreOpExpressionContext) {
            const op = this.binaryOp(ctx);
            const operand = this.expression(ctx.expression());
            if (op === '++' || op === '--') {
                return { k: 'incdec', line, op, prefix: true, target: operand };
            }
            return { k: 'unary', line, op: op as '+' | '-', expr: operand };
        }
        if (ctx instanceof P.NegExpressionContext) {
            return { k: 'unary', line, op: this.binaryOp(ctx) as '!' | '~', expr: this.expression(ctx.expression()) };
        }
        if (ctx instanceof P.InstanceOfExpressionContext) {
            return {
                k: 'instanceof',
                line,
                expr: this.expression(ctx.expression()),
                type: lowerTypeRef(ctx.typeRef())
            };
        }
        if (ctx instanceof P.CondExpressionContext) {
            const [test, thenExpr, elseExpr] = ctx.expression_list();
            return {
                k: 'conditional',
                line,
                test: this.expression(test),
                then: this.expression(thenExpr),
                else: this.expression(elseExpr)
            };
        }
        if (ctx instanceof P.AssignExpressionContext) {
            const [target, value] = ctx.expression_list();
            return {
                k: 'assign',
                line,
                op: this.binaryOp(ctx) as A.AssignOp,
                target: this.expression(target),
                value: this.expression(value)
            };
        }
        const operands = (ctx as unknown as { expression_list(): P.ExpressionContext[] }).expression_list?.();
        if (operands && operands.length === 2) {
            let op = this.binaryOp(ctx);
            if (op === '<>') {
                op = '!=';
            }
            return {
                k: 'binary',
                line,
                op: op as A.BinaryOp,
                left: this.expression(operands[0]),
                right: this.expression(operands[1])
            };
        }
        throw new LoweringError(`unknown expression: ${ctx.getText().slice(0, 60)}`, line);
    }

    private primary(ctx: P.PrimaryContext): A.Expr {
        const line = lineOf(ctx);
        if (ctx instanceof P.ThisPrimaryContext) {
            return { k: 'this', line };
        }
        if (ctx instanceof P.SuperPrimaryContext) {
            return { k: 'super', line };
        }
        if (ctx instanceof P.LiteralPrimaryContext) {
            return lowerLiteral(ctx.literal());
        }
        if (ctx instanceof P.TypeRefPrimaryContext) {
            return { k: 'classLiteral', line, type: lowerTypeRef(ctx.typeRef()) };
        }
        if (ctx instanceof P.VoidPrimaryContext) {
            return { k: 'classLiteral', line, type: null };
        }
        if (ctx instanceof P.IdPrimaryContext) {
            return { k: 'name', line, name: ctx.id().getText() };
        }
        if (ctx instanceof P.SoqlPrimaryContext) {
            return this.soql(ctx.soqlLiteral());
        }
        if (ctx instanceof P.SoslPrimaryContext) {
            return { k: 'sosl', line, text: ctx.getText() };
        }
        throw new LoweringError(`unknown primary: ${ctx.getText().slice(0, 60)}`, line);
    }

    private soql(ctx: P.SoqlLiteralContext): A.SoqlExpr {
        const query = ctx.query();
        const start = query.start.start;
        const bounds: P.BoundExpressionContext[] = [];
        const collect = (node: ApexParseTree): void => {
            if (node instanceof P.BoundExpressionContext) {
                bounds.push(node);
                return;
            }
            if (!isTerminal(node)) {
                children(node as Ctx).forEach(collect);
            }
        };
        collect(query);
        bounds.sort((a, b) => a.start.start - b.start.start);
        let text = '';
        let cursor = start;
        bounds.forEach((bound, index) => {
            text += this.source.slice(cursor, bound.start.start) + `:__bind${index}`;
            cursor = bound.stop!.stop + 1;
        });
        text += this.source.slice(cursor, query.stop!.stop + 1);
        const entries = query.selectList().selectEntry_list();
        const fn = entries.length === 1 ? entries[0].soqlFunction() : undefined;
        const countOnly = !!fn && !!fn.COUNT() && !fn.fieldName();
        return {
            k: 'soql',
            line: lineOf(ctx),
            text,
            binds: bounds.map((b) => this.expression(b.expression())),
            from: query.fromNameList().fieldName(0).getText(),
            countOnly
        };
    }

    private createdNameType(ctx: P.CreatedNameContext): A.TypeNode {
        return {
            parts: ctx.idCreatedNamePair_list().map((pair) => {
                const list = pair.typeList();
                return list
                    ? { name: pair.anyId().getText(), args: lowerTypeList(list) }
                    : { name: pair.anyId().getText() };
            }),
            arrayDims: 0
        };
    }

    private creator(ctx: P.CreatorContext, line: number): A.Expr {
        const type = this.createdNameType(ctx.createdName());
        const classRest = ctx.classCreatorRest();
        if (classRest) {
            const list = classRest.arguments().expressionList();
            return { k: 'new', line, type, args: list ? this.expressionList(list) : [] };
        }
        if (ctx.noRest()) {
            return { k: 'newCollection', line, type, elements: [] };
        }
        const arrayRest = ctx.arrayCreatorRest();
        if (arrayRest) {
            const arrayType = { ...type, arrayDims: 1 };
            const size = arrayRest.expression();
            if (size) {
                return { k: 'newCollection', line, type: arrayType, size: this.expression(size) };
            }
            const init = arrayRest.arrayInitializer();
            return {
                k: 'newCollection',
                line,
                type: arrayType,
                elements: init ? init.expression_list().map((e) => this.expression(e)) : []
            };
        }
        const mapRest = ctx.mapCreatorRest();
        if (mapRest) {
            return {
                k: 'newMap',
                line,
                type,
                entries: mapRest.mapCreatorRestPair_list().map((pair) => {
                    const [key, value] = pair.expression_list();
                    return [this.expression(key), this.expression(value)] as [A.Expr, A.Expr];
                })
            };
        }
        const setRest = ctx.setCreatorRest();
        return {
            k: 'newCollection',
            line,
            type,
            elements: setRest.expression_list().map((e) => this.expression(e))
        };
    }
}
