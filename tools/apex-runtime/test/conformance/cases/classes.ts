import type { ConformanceCase } from '../case';

const CLASSES = 'Apex Developer Guide, Classes, Objects, and Interfaces';
const SWITCH = 'Apex Developer Guide, Switch Statements';
const ENUMS = 'Apex Developer Guide, Enums';

export const cases: ConformanceCase[] = [
    {
        name: 'constructors chain with this(...)',
        cite: `${CLASSES}, Using Constructors: "one constructor can call another constructor using this(...)"`,
        apex: `public class TestObject2 {
    private final Integer DEFAULT_SIZE = 10;
    Integer size;
    public TestObject2() {
        this(10);
    }
    public TestObject2(Integer objectSize) {
        size = objectSize;
    }
    public Integer getSize() { return size; }
}
System.debug(new TestObject2().getSize());
System.debug(new TestObject2(3).getSize());`,
        debug: ['10', '3']
    },
    {
        name: 'an overriding method is dispatched virtually',
        cite: `${CLASSES}, Extending a Class: "a subclass can override a virtual method ... the overriding method is called"`,
        apex: `public virtual class Marker {
    public virtual String write() { return 'Marker'; }
    public String describe() { return 'I am a ' + write(); }
}
public class YellowMarker extends Marker {
    public override String write() { return 'Yellow marker'; }
}
Marker m = new YellowMarker();
System.debug(m.write());
System.debug(m.describe());`,
        debug: ['Yellow marker', 'I am a Yellow marker']
    },
    {
        name: 'super calls the overridden method',
        cite: `${CLASSES}, Using the super Keyword: "super.myMethod() calls the superclass version"`,
        apex: `public virtual class SuperClass {
    public virtual String greet() { return 'Hello'; }
}
public class SubClass extends SuperClass {
    public override String greet() { return super.greet() + ' from sub'; }
}
System.debug(new SubClass().greet());`,
        debug: ['Hello from sub']
    },
    {
        name: 'super(...) runs the superclass constructor first',
        cite: `${CLASSES}, Using the super Keyword: "super(...) calls a superclass constructor"`,
        apex: `public virtual class Base {
    public String trail = '';
    public Base(String s) { trail += 'base(' + s + ')'; }
}
public class Derived extends Base {
    public Derived() {
        super('x');
        trail += ' derived';
    }
}
System.debug(new Derived().trail);`,
        debug: ['base(x) derived']
    },
    {
        name: 'abstract methods are implemented by subclasses',
        cite: `${CLASSES}: "abstract classes can contain methods signed as abstract ... implemented by a subclass"`,
        apex: `public abstract class Shape {
    public abstract Decimal area();
    public String label() { return 'area ' + area(); }
}
public class Square extends Shape {
    Decimal side;
    public Square(Decimal s) { side = s; }
    public override Decimal area() { return side * side; }
}
Shape s = new Square(1.5);
System.debug(s.label());`,
        debug: ['area 2.25']
    },
    {
        name: 'a class implementing an interface is an instance of it',
        cite: `${CLASSES}, Interfaces: "To use an interface, another class must implement it"; instanceof is true for implemented interfaces`,
        apex: `public interface PurchaseOrder { Double discount(); }
public class CustomerPurchaseOrder implements PurchaseOrder {
    public Double discount() { return .05; }
}
PurchaseOrder order = new CustomerPurchaseOrder();
System.debug(order.discount());
System.debug(order instanceof PurchaseOrder);
Object o = order;
System.debug(o instanceof CustomerPurchaseOrder);`,
        debug: ['0.05', 'true', 'true']
    },
    {
        name: 'static initialisation runs once',
        cite: `${CLASSES}, Static and Instance Methods, Variables, and Initialization Code: "A static variable is initialized only once ... static initialization code runs once"`,
        apex: `public class Counter {
    public static Integer created = 0;
    public static List<String> log = new List<String>();
    static {
        log.add('static block');
    }
    public Counter() { created++; }
}
new Counter();
new Counter();
System.debug(Counter.created);
System.debug(Counter.log);`,
        debug: ['2', '(static block)']
    },
    {
        name: 'instance initialisers run before the constructor body',
        cite: `${CLASSES}, Using Initialization Code: "instance initialization code ... executes every time an object is instantiated, before the constructor"`,
        apex: `public class Ordered {
    public List<String> steps = new List<String>{'field'};
    {
        steps.add('block');
    }
    public Ordered() { steps.add('constructor'); }
}
System.debug(new Ordered().steps);`,
        debug: ['(field, block, constructor)']
    },
    {
        name: 'properties with get and set accessors',
        cite: `${CLASSES}, Using Properties: "Property definitions include one or two code blocks, representing a get accessor and a set accessor"`,
        apex: `public class BasicProperty {
    public Integer prop {
        get { return prop; }
        set { prop = value; }
    }
    public Integer doubled {
        get { return prop * 2; }
    }
}
BasicProperty bp = new BasicProperty();
bp.prop = 5;
System.debug(bp.prop);
System.debug(bp.doubled);`,
        debug: ['5', '10']
    },
    {
        name: 'automatic properties',
        cite: `${CLASSES}, Using Automatic Properties: "public Integer MyReadWriteProp { get; set; }"`,
        apex: `public class AutomaticProperty {
    public Integer MyReadWriteProp { get; set; }
}
AutomaticProperty ap = new AutomaticProperty();
System.debug(ap.MyReadWriteProp);
ap.MyReadWriteProp = 5;
System.debug(ap.MyReadWriteProp);`,
        debug: ['null', '5']
    },
    {
        name: 'inner classes',
        cite: `${CLASSES}, Inner classes: "classes can be defined inside other classes", referenced as Outer.Inner`,
        apex: `public class Outer {
    public class Inner {
        public String name() { return 'inner'; }
    }
    public static Inner make() { return new Inner(); }
}
Outer.Inner i = new Outer.Inner();
System.debug(i.name());
System.debug(Outer.make().name());`,
        debug: ['inner', 'inner']
    },
    {
        name: 'enum values(), name() and ordinal()',
        cite: `${ENUMS}: "values() returns the values of the Enum as a list ... name() returns the name ... ordinal() returns the position, starting with zero"`,
        apex: `public enum Season {WINTER, SPRING, SUMMER, FALL}
System.debug(Season.values());
System.debug(Season.SUMMER.name());
System.debug(Season.SUMMER.ordinal());
System.debug(Season.values().size());`,
        debug: ['(WINTER, SPRING, SUMMER, FALL)', 'SUMMER', '2', '4']
    },
    {
        name: 'enum valueOf and equality',
        cite: `${ENUMS}: "valueOf(String) converts a string to the enum value"; enum values compare with ==`,
        apex: `public enum Season {WINTER, SPRING, SUMMER, FALL}
Season s = Season.valueOf('FALL');
System.debug(s == Season.FALL);
System.debug(s);`,
        debug: ['true', 'FALL']
    },
    {
        name: 'switch on Integer with several values and else',
        cite: `${SWITCH}: "when value1 ... when value2, value3 ... when else"; "There is no fall-through"`,
        apex: `for (Integer i : new List<Integer>{2, 3, 7}) {
    switch on i {
        when 2 {
            System.debug('when block 2');
        }
        when 3, 4 {
            System.debug('when block 3 and 4');
        }
        when else {
            System.debug('default');
        }
    }
}`,
        debug: ['when block 2', 'when block 3 and 4', 'default']
    },
    {
        name: 'switch on null',
        cite: `${SWITCH}: "The value null is a legal value for all types"`,
        apex: `Integer i = null;
switch on i {
    when 2 {
        System.debug('two');
    }
    when null {
        System.debug('bad integer');
    }
}`,
        debug: ['bad integer']
    },
    {
        name: 'switch on a String is case-sensitive',
        cite: `${SWITCH}, "Example with Literal Values": "String clauses are case-sensitive. For example, 'orange' is a different value than 'ORANGE'"`,
        apex: `String fruit = 'ORANGE';
switch on fruit {
    when 'orange' {
        System.debug('lower');
    }
    when 'ORANGE' {
        System.debug('upper');
    }
}`,
        debug: ['upper']
    },
    {
        name: 'switch on an enum',
        cite: `${SWITCH}, "Example with Enums": "when WINTER ... when SPRING, SUMMER"`,
        apex: `public enum Season {WINTER, SPRING, SUMMER, FALL}
Season season = Season.SUMMER;
switch on season {
    when WINTER {
        System.debug('boots');
    }
    when SPRING, SUMMER {
        System.debug('sandals');
    }
    when else {
        System.debug('none of the above');
    }
}`,
        debug: ['sandals']
    },
    {
        name: 'switch on an SObject type binds the variable',
        cite: `${SWITCH}, "Example with sObjects": "when Account a { System.debug('account ' + a); }"`,
        apex: `SObject s = new Contact(LastName = 'Smith');
switch on s {
    when Account a {
        System.debug('account');
    }
    when Contact c {
        System.debug('contact ' + c.LastName);
    }
    when else {
        System.debug('default');
    }
}`,
        debug: ['contact Smith']
    },
    {
        name: 'equals and hashCode define Set membership',
        cite: 'Apex Developer Guide, Using Custom Types in Map Keys and Sets: "provide an implementation for the equals and hashCode methods"',
        apex: `public class PairNumbers {
    Integer x, y;
    public PairNumbers(Integer a, Integer b) { x = a; y = b; }
    public Boolean equals(Object obj) {
        if (obj instanceof PairNumbers) {
            PairNumbers p = (PairNumbers) obj;
            return (x == p.x) && (y == p.y);
        }
        return false;
    }
    public Integer hashCode() { return (31 * x) ^ y; }
}
Set<PairNumbers> s = new Set<PairNumbers>{new PairNumbers(1, 2), new PairNumbers(1, 2), new PairNumbers(2, 1)};
System.debug(s.size());
System.debug(s.contains(new PairNumbers(2, 1)));
System.debug(new PairNumbers(1, 2) == new PairNumbers(1, 2));`,
        debug: ['2', 'true', 'true']
    },
    {
        name: 'without equals, == on objects compares references',
        cite: 'Apex Developer Guide, Expression Operators, ==: "User-defined types are compared by reference, which means that two objects are equal only if they reference the same location in memory"',
        apex: `public class Plain { Integer v = 1; }
Plain a = new Plain();
Plain b = new Plain();
System.debug(a == b);
System.debug(a == a);`,
        debug: ['false', 'true']
    },
    {
        name: 'a toString override is used in concatenation',
        cite: 'Apex Developer Guide, Classes: an Apex class can override toString(), used when the object is converted to a String',
        apex: `public class Money {
    Decimal amount;
    public Money(Decimal a) { amount = a; }
    public override String toString() { return '$' + amount; }
}
Money m = new Money(5.50);
System.debug('cost: ' + m);
System.debug(String.valueOf(m));`,
        debug: ['cost: $5.50', '$5.50']
    },
    {
        name: 'Comparable objects sort with List.sort',
        cite: 'Apex Reference, Comparable Interface: "implement the compareTo method ... List.sort uses it"',
        apex: `public class Employee implements Comparable {
    public String name;
    public Integer id;
    public Employee(Integer i, String n) { id = i; name = n; }
    public Integer compareTo(Object compareTo) {
        Employee other = (Employee) compareTo;
        if (id == other.id) return 0;
        if (id > other.id) return 1;
        return -1;
    }
}
List<Employee> staff = new List<Employee>{new Employee(101, 'Joe'), new Employee(25, 'Caragh'), new Employee(105, 'Mario')};
staff.sort();
System.debug(staff[0].name + ' ' + staff[1].name + ' ' + staff[2].name);`,
        debug: ['Caragh Joe Mario']
    },
    {
        name: 'Comparator sorts with List.sort(comparator)',
        cite: 'Apex Reference, Comparator Interface: "List.sort(Comparator) sorts using the compare(Object, Object) method"',
        apex: `public class ByLength implements Comparator<String> {
    public Integer compare(String a, String b) {
        return a.length() - b.length();
    }
}
List<String> words = new List<String>{'ccc', 'a', 'bb'};
words.sort(new ByLength());
System.debug(words);`,
        debug: ['(a, bb, ccc)']
    },
    {
        name: 'Type.forName and newInstance',
        cite: 'Apex Reference, Type Class: forName(fullyQualifiedName) "Returns the type that corresponds to the specified fully qualified class name"; newInstance() "Creates an instance of the current type"',
        apex: `Type t = Type.forName('Account');
SObject s = (SObject) t.newInstance();
System.debug(s.getSObjectType() == Account.SObjectType);
System.debug(t.getName());
System.debug(Type.forName('NoSuchClass'));`,
        debug: ['true', 'Account', 'null']
    },
    {
        name: 'a class literal is a Type',
        cite: 'Apex Reference, Type Class: "Contact.class returns the Type of Contact"; getName()',
        apex: `Type t = String.class;
System.debug(t.getName());
System.debug(t == Type.forName('String'));`,
        debug: ['String', 'true']
    },
    {
        name: 'overloaded methods are chosen by argument types',
        cite: `${CLASSES}, Class Methods: "Methods can be overloaded ... with different parameters"`,
        apex: `public class Describer {
    public String describe(Integer i) { return 'Integer'; }
    public String describe(String s) { return 'String'; }
    public String describe(Integer i, Integer j) { return 'two'; }
}
Describer d = new Describer();
System.debug(d.describe(1));
System.debug(d.describe('x'));
System.debug(d.describe(1, 2));`,
        debug: ['Integer', 'String', 'two']
    }
];
