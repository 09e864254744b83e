import type { ConformanceCase } from '../case';

const STATEMENTS = 'Apex Developer Guide, Exception Statements';
const CUSTOM = 'Apex Developer Guide, Create Custom Exceptions';
const METHODS = 'Apex Reference, Exception Class and Built-In Exceptions';

export const cases: ConformanceCase[] = [
    {
        name: 'a custom exception carries its message',
        cite: `${CUSTOM}: "To create your custom exception class, extend the built-in Exception class ... throw new MyException('...')"`,
        apex: `public class MyException extends Exception {}
try {
    throw new MyException('This is bad');
} catch (MyException e) {
    System.debug(e.getMessage());
}`,
        debug: ['This is bad']
    },
    {
        name: 'a custom exception made from a cause',
        cite: `${CUSTOM}: "throw new MyException(e)" wraps another exception; getCause() "Returns the cause of the exception as an exception object"`,
        apex: `public class MyException extends Exception {}
try {
    try {
        Integer zero = 0;
        Integer i = 1 / zero;
    } catch (MathException e) {
        throw new MyException('wrapped', e);
    }
} catch (MyException outer) {
    System.debug(outer.getMessage());
    System.debug(outer.getCause().getMessage());
    System.debug(outer.getCause() instanceof MathException);
}`,
        debug: ['wrapped', 'Divide by 0', 'true']
    },
    {
        name: 'catch (Exception e) catches every catchable exception',
        cite: `${STATEMENTS}: "the general exception type, 'Exception', must be the last catch block" and catches any exception`,
        apex: `try {
    List<Integer> l = new List<Integer>();
    l.get(5);
} catch (Exception e) {
    System.debug(e.getTypeName());
    System.debug(e.getMessage());
}`,
        debug: ['System.ListException', 'List index out of bounds: 5']
    },
    {
        name: 'only the first matching catch block runs',
        cite: `${STATEMENTS}: "once a particular exception type is caught in one catch block, the remaining catch blocks, if any, aren't executed"`,
        apex: `try {
    String s;
    s.length();
} catch (NullPointerException e) {
    System.debug('npe');
} catch (Exception e) {
    System.debug('general');
}`,
        debug: ['npe']
    },
    {
        name: 'finally runs after the try block',
        cite: `${STATEMENTS}: "Code in the finally block always executes regardless of whether an exception was thrown"`,
        apex: `try {
    System.debug('try');
} finally {
    System.debug('finally');
}`,
        debug: ['try', 'finally']
    },
    {
        name: 'finally runs after a catch block',
        cite: `${STATEMENTS}: the finally block always executes, also after an exception was caught`,
        apex: `try {
    throw new DmlException('boom');
} catch (DmlException e) {
    System.debug('caught ' + e.getMessage());
} finally {
    System.debug('finally');
}`,
        debug: ['caught boom', 'finally']
    },
    {
        name: 'finally runs when the exception escapes',
        cite: `${STATEMENTS}: finally executes "regardless of whether an exception was thrown", before the exception propagates`,
        apex: `try {
    try {
        throw new ListException('inner');
    } finally {
        System.debug('cleanup');
    }
} catch (ListException e) {
    System.debug('outer ' + e.getMessage());
}`,
        debug: ['cleanup', 'outer inner']
    },
    {
        name: 'an uncaught exception stops the script',
        cite: `${STATEMENTS}: an exception not caught stops execution; built-in exceptions keep their System namespace type`,
        apex: `System.debug('before');
throw new IllegalArgumentException('bad argument');`,
        throws: { type: 'System.IllegalArgumentException', message: 'bad argument' }
    },
    {
        name: 'an assertion failure cannot be caught',
        cite: `${STATEMENTS}, "Exceptions that Can't be Caught": an exception thrown by a failed assertion (System.assert) ends execution; catch and finally blocks don't run`,
        apex: `try {
    System.assert(false, 'stop');
} catch (Exception e) {
    System.debug('caught');
} finally {
    System.debug('finally');
}`,
        throws: { type: 'System.AssertException', message: 'Assertion Failed: stop' }
    },
    {
        name: 'getLineNumber reports where the exception was raised',
        cite: `${METHODS}, getLineNumber(): "Returns the line number from where the exception was thrown"`,
        apex: `try {
    Integer zero = 0;
    Integer i = 5 / zero;
} catch (MathException e) {
    System.debug(e.getLineNumber());
}`,
        debug: ['3']
    },
    {
        name: 'getTypeName of built-in and custom exceptions',
        cite: `${METHODS}, getTypeName(): "Returns the type of exception, such as DmlException, ListException, MathException, and so on"`,
        apex: `public class OrderException extends Exception {}
try {
    throw new OrderException('x');
} catch (Exception e) {
    System.debug(e.getTypeName());
}
try {
    Object o = 'a';
    Integer i = (Integer) o;
} catch (Exception e) {
    System.debug(e.getTypeName());
}`,
        debug: ['OrderException', 'System.TypeException']
    },
    {
        name: 'setMessage replaces the message',
        cite: `${METHODS}, setMessage(message): "Sets the error message associated with the exception"`,
        apex: `Exception e = new DmlException('original');
e.setMessage('changed');
System.debug(e.getMessage());`,
        debug: ['changed']
    },
    {
        name: 'a custom exception can have fields and methods',
        cite: `${CUSTOM}: "Like Java classes, user-defined exception types can form an inheritance tree ... and can have member variables and methods"`,
        apex: `public class ValidationException extends Exception {
    public Integer code = 42;
    public String describe() {
        return code + ': ' + getMessage();
    }
}
try {
    throw new ValidationException('invalid');
} catch (ValidationException e) {
    System.debug(e.describe());
}`,
        debug: ['42: invalid']
    },
    {
        name: 'custom exceptions form a hierarchy',
        cite: `${CUSTOM}: "user-defined exception types can form an inheritance tree, and catch blocks can catch any object in this inheritance tree"`,
        apex: `public virtual class BaseException extends Exception {}
public class OtherException extends BaseException {}
try {
    throw new OtherException('This is bad');
} catch (BaseException e) {
    System.debug(e.getMessage());
    System.debug(e instanceof OtherException);
}`,
        debug: ['This is bad', 'true']
    },
    {
        name: 'an exception can be rethrown',
        cite: `${STATEMENTS}: "throw exceptionObject;" inside a catch block rethrows the caught exception`,
        apex: `try {
    try {
        throw new StringException('first');
    } catch (StringException e) {
        System.debug('inner');
        throw e;
    }
} catch (StringException e) {
    System.debug('outer ' + e.getMessage());
}`,
        debug: ['inner', 'outer first']
    },
    {
        name: 'an exception without a message',
        cite: `${CUSTOM}: a custom exception can be constructed with no arguments; getMessage() then returns null`,
        apex: `public class EmptyException extends Exception {}
try {
    throw new EmptyException();
} catch (EmptyException e) {
    System.debug(e.getMessage());
}`,
        debug: ['null']
    },
    {
        name: 'finally runs before a method returns',
        cite: `${STATEMENTS}: "Code in the finally block always executes", also when the try block returns`,
        apex: `Integer value() {
    try {
        return 1;
    } finally {
        System.debug('finally');
    }
}
System.debug(value());`,
        debug: ['finally', '1']
    }
];
