/**
 * The runtime's own compact syntax tree for Apex. The ANTLR tree is converted to this once per source text
 * (see lower.ts) and cached by content hash, so every node here is plain JSON: no Maps, Sets or classes.
 * Names keep the case they were written in; the compiler compares them case-insensitively.
 */

/** A type as written: `Map<String, List<Account>>`, `Outer.Inner`, `String[]`. */
export interface TypeNode {
    /** Dotted parts: `System.Exception` is two parts. */
    parts: TypeNamePart[];
    /** `String[][]` has 2. */
    arrayDims: number;
}

export interface TypeNamePart {
    name: string;
    args?: TypeNode[];
}

export interface Annotation {
    name: string;
    /** `@IsTest(SeeAllData=true)` gives `{ seealldata: 'true' }`, keys lower-cased; a bare value is under `value`. */
    params: Record<string, string>;
}

export interface Modifiers {
    /** Lower-cased keywords: `public`, `static`, `with sharing`, `testmethod`... */
    keywords: string[];
    annotations: Annotation[];
}

// ---------------------------------------------------------------------------------------------- expressions

export type LiteralKind = 'Integer' | 'Long' | 'Decimal' | 'Double' | 'String' | 'Boolean' | 'null';

export interface LiteralExpr {
    k: 'literal';
    line: number;
    kind: LiteralKind;
    /** The literal's source digits (numbers), its unescaped value (strings), or true/false. */
    value: string | boolean | null;
}

export interface NameExpr {
    k: 'name';
    line: number;
    name: string;
}

export interface ThisExpr {
    k: 'this';
    line: number;
}

export interface SuperExpr {
    k: 'super';
    line: number;
}

/** `target.name` or `target?.name`. */
export interface FieldExpr {
    k: 'field';
    line: number;
    target: Expr;
    name: string;
    safe: boolean;
}

/** `name(args)` (target null), `target.name(args)`, `target?.name(args)`. */
export interface CallExpr {
    k: 'call';
    line: number;
    target: Expr | null;
    name: string;
    args: Expr[];
    safe: boolean;
}

/** `this(...)` or `super(...)` as the first statement of a constructor. */
export interface ChainCallExpr {
    k: 'chainCall';
    line: number;
    to: 'this' | 'super';
    args: Expr[];
}

export interface IndexExpr {
    k: 'index';
    line: number;
    target: Expr;
    index: Expr;
}

/** `new T(args)`; for SObjects the args may be `Field = value` assignments. */
export interface NewExpr {
    k: 'new';
    line: number;
    type: TypeNode;
    args: Expr[];
}

/** `new T[n]`, `new T[]{...}`, `new List<T>{...}`, `new Set<T>{...}`, `new T{}`. */
export interface NewCollectionExpr {
    k: 'newCollection';
    line: number;
    type: TypeNode;
    /** For `new T[n]`. */
    size?: Expr;
    /** For `{a, b}` initialisers; empty for `{}`. */
    elements?: Expr[];
}

export interface NewMapExpr {
    k: 'newMap';
    line: number;
    type: TypeNode;
    entries: Array<[Expr, Expr]>;
}

export interface CastExpr {
    k: 'cast';
    line: number;
    type: TypeNode;
    expr: Expr;
}

export interface InstanceOfExpr {
    k: 'instanceof';
    line: number;
    expr: Expr;
    type: TypeNode;
}

export interface UnaryExpr {
    k: 'unary';
    line: number;
    op: '-' | '+' | '!' | '~';
    expr: Expr;
}

export interface IncDecExpr {
    k: 'incdec';
    line: number;
    op: '++' | '--';
    prefix: boolean;
    target: Expr;
}

export type BinaryOp =
    | '*'
    | '/'
    | '+'
    | '-'
    | '<<'
    | '>>'
    | '>>>'
    | '<'
    | '>'
    | '<='
    | '>='
    | '=='
    | '!='
    | '==='
    | '!=='
    | '&'
    | '^'
    | '|'
    | '&&'
    | '||'
    | '??';

export interface BinaryExpr {
    k: 'binary';
    line: number;
    op: BinaryOp;
    left: Expr;
    right: Expr;
}

export interface ConditionalExpr {
    k: 'conditional';
    line: number;
    test: Expr;
    then: Expr;
    else: Expr;
}

export type AssignOp = '=' | '+=' | '-=' | '*=' | '/=' | '&=' | '|=' | '^=' | '>>=' | '>>>=' | '<<=';

export interface AssignExpr {
    k: 'assign';
    line: number;
    op: AssignOp;
    target: Expr;
    value: Expr;
}

/** `Foo.class`, `void.class`. */
export interface ClassLiteralExpr {
    k: 'classLiteral';
    line: number;
    type: TypeNode | null;
}

/** Inline SOQL: the query text with each bind replaced by `:__bindN`, and the bind expressions in order. */
export interface SoqlExpr {
    k: 'soql';
    line: number;
    text: string;
    binds: Expr[];
    /** The first object named in FROM, for the static type of the result. */
    from: string;
    /** `SELECT COUNT() FROM ...` returns an Integer. */
    countOnly: boolean;
}

export interface SoslExpr {
    k: 'sosl';
    line: number;
    text: string;
}

export type Expr =
    | LiteralExpr
    | NameExpr
    | ThisExpr
    | SuperExpr
    | FieldExpr
    | CallExpr
    | ChainCallExpr
    | IndexExpr
    | NewExpr
    | NewCollectionExpr
    | NewMapExpr
    | CastExpr
    | InstanceOfExpr
    | UnaryExpr
    | IncDecExpr
    | BinaryExpr
    | ConditionalExpr
    | AssignExpr
    | ClassLiteralExpr
    | SoqlExpr
    | SoslExpr;

// ----------------------------------------------------------------------------------------------- statements

export interface VariableDeclarator {
    name: string;
    line: number;
    init?: Expr;
}

export interface BlockStmt {
    k: 'block';
    line: number;
    body: Stmt[];
}

export interface LocalStmt {
    k: 'local';
    line: number;
    type: TypeNode;
    isFinal: boolean;
    decls: VariableDeclarator[];
}

export interface ExprStmt {
    k: 'expr';
    line: number;
    expr: Expr;
}

export interface IfStmt {
    k: 'if';
    line: number;
    cond: Expr;
    then: Stmt;
    else?: Stmt;
}

export interface WhileStmt {
    k: 'while';
    line: number;
    cond: Expr;
    body: Stmt | null;
}

export interface DoWhileStmt {
    k: 'doWhile';
    line: number;
    body: Stmt;
    cond: Expr;
}

export interface ForStmt {
    k: 'for';
    line: number;
    init: LocalStmt | Expr[] | null;
    cond: Expr | null;
    update: Expr[];
    body: Stmt | null;
}

export interface ForEachStmt {
    k: 'forEach';
    line: number;
    type: TypeNode;
    name: string;
    iterable: Expr;
    body: Stmt | null;
}

export interface ReturnStmt {
    k: 'return';
    line: number;
    value?: Expr;
}

export interface ThrowStmt {
    k: 'throw';
    line: number;
    value: Expr;
}

export interface BreakStmt {
    k: 'break';
    line: number;
}

export interface ContinueStmt {
    k: 'continue';
    line: number;
}

export interface CatchClause {
    line: number;
    type: TypeNode;
    name: string;
    body: BlockStmt;
}

export interface TryStmt {
    k: 'try';
    line: number;
    body: BlockStmt;
    catches: CatchClause[];
    finally?: BlockStmt;
}

export type WhenLiteral =
    | { k: 'integer'; value: string; negative: boolean }
    | { k: 'long'; value: string; negative: boolean }
    | { k: 'string'; value: string }
    | { k: 'null' }
    | { k: 'name'; parts: string[] };

export type WhenClause =
    | { k: 'else'; line: number; body: BlockStmt }
    | { k: 'values'; line: number; values: WhenLiteral[]; body: BlockStmt }
    | { k: 'type'; line: number; type: TypeNode; name: string; body: BlockStmt };

export interface SwitchStmt {
    k: 'switch';
    line: number;
    expr: Expr;
    whens: WhenClause[];
}

export type DmlOp = 'insert' | 'update' | 'upsert' | 'delete' | 'undelete' | 'merge';

export interface DmlStmt {
    k: 'dml';
    line: number;
    op: DmlOp;
    access: 'user' | 'system' | null;
    target: Expr;
    /** upsert's external Id field, or merge's second operand. */
    externalIdField?: string;
    mergeWith?: Expr;
}

export interface RunAsStmt {
    k: 'runAs';
    line: number;
    args: Expr[];
    body: BlockStmt;
}

export type Stmt =
    | BlockStmt
    | LocalStmt
    | ExprStmt
    | IfStmt
    | WhileStmt
    | DoWhileStmt
    | ForStmt
    | ForEachStmt
    | ReturnStmt
    | ThrowStmt
    | BreakStmt
    | ContinueStmt
    | TryStmt
    | SwitchStmt
    | DmlStmt
    | RunAsStmt;

// ------------------------------------------------------------------------------------------------- members

export interface Parameter {
    name: string;
    type: TypeNode;
    line: number;
}

export interface FieldMember {
    k: 'field';
    line: number;
    modifiers: Modifiers;
    type: TypeNode;
    decls: VariableDeclarator[];
}

export interface MethodMember {
    k: 'method';
    line: number;
    endLine: number;
    modifiers: Modifiers;
    name: string;
    /** null for void. */
    returnType: TypeNode | null;
    params: Parameter[];
    /** null for abstract and interface methods. */
    body: BlockStmt | null;
}

export interface ConstructorMember {
    k: 'constructor';
    line: number;
    modifiers: Modifiers;
    name: string;
    params: Parameter[];
    body: BlockStmt;
}

export interface PropertyAccessor {
    line: number;
    modifiers: Modifiers;
    /** null for an automatic accessor (`get;`). */
    body: BlockStmt | null;
}

export interface PropertyMember {
    k: 'property';
    line: number;
    modifiers: Modifiers;
    type: TypeNode;
    name: string;
    getter?: PropertyAccessor;
    setter?: PropertyAccessor;
}

/** `{ ... }` or `static { ... }` in a class body. */
export interface InitializerMember {
    k: 'initializer';
    line: number;
    isStatic: boolean;
    body: BlockStmt;
}

export interface TypeMember {
    k: 'type';
    line: number;
    decl: TypeDecl;
}

export type Member = FieldMember | MethodMember | ConstructorMember | PropertyMember | InitializerMember | TypeMember;

export interface TypeDecl {
    kind: 'class' | 'interface' | 'enum';
    name: string;
    line: number;
    endLine: number;
    modifiers: Modifiers;
    /** `extends` for classes. */
    superclass?: TypeNode;
    /** `implements` for classes, `extends` for interfaces. */
    interfaces: TypeNode[];
    members: Member[];
    enumValues?: string[];
}

/** A parsed `.cls` file. */
export interface ClassUnit {
    k: 'classUnit';
    decl: TypeDecl;
}

/** A parsed anonymous Apex script: members and statements in source order. */
/** A `.trigger` file: `trigger Name on Object (before insert, ...) { body }`. */
export interface TriggerUnit {
    k: 'triggerUnit';
    name: string;
    object: string;
    /** Lower-case `before insert`, `after update`... as declared. */
    events: string[];
    /** Methods, classes, interfaces and enums declared in the body. */
    members: Member[];
    statements: Stmt[];
}

export interface AnonymousUnit {
    k: 'anonymousUnit';
    /** Methods, classes, interfaces and enums declared in the script. */
    members: Member[];
    /** Top-level `Type x = v;` parses as a field declaration; it is lowered to a local variable statement here. */
    statements: Stmt[];
}
