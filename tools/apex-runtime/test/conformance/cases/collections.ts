import type { ConformanceCase } from '../case';

const LIST = 'Apex Reference, List Class';
const SET = 'Apex Reference, Set Class';
const MAP = 'Apex Reference, Map Class';
const GUIDE = 'Apex Developer Guide, Collections';

export const cases: ConformanceCase[] = [
    {
        name: 'a List keeps insertion order and is zero-indexed',
        cite: `${GUIDE}, Lists: "A list is an ordered collection of elements that are distinguished by their indices ... Index positions start at 0"`,
        apex: `List<String> colors = new List<String>{'red', 'green'};
colors.add('blue');
System.debug(colors.get(0));
System.debug(colors[2]);
System.debug(colors.size());
System.debug(colors);`,
        debug: ['red', 'blue', '3', '(red, green, blue)']
    },
    {
        name: 'reading past the end of a List throws ListException',
        cite: 'Apex Developer Guide, Built-In Exceptions, ListException: "List index out of bounds: 1" for a one-element list',
        apex: `List<Integer> li = new List<Integer>();
li.add(15);
Integer i1 = li[0];
Integer i2 = li[1];`,
        throws: { type: 'System.ListException', message: 'List index out of bounds: 1' }
    },
    {
        name: 'List.add(index, element) inserts and shifts',
        cite: `${LIST}, add(index, listElement): "Inserts an element into the list at the specified index position"`,
        apex: `List<Integer> l = new List<Integer>{1, 3};
l.add(1, 2);
System.debug(l);`,
        debug: ['(1, 2, 3)']
    },
    {
        name: 'List.remove(index) returns the removed element',
        cite: `${LIST}, remove(index): "Removes the list element stored at the specified index, returning the element that was removed"`,
        apex: `List<String> l = new List<String>{'a', 'b', 'c'};
String removed = l.remove(1);
System.debug(removed);
System.debug(l);`,
        debug: ['b', '(a, c)']
    },
    {
        name: 'List.set replaces an element',
        cite: `${LIST}, set(index, listElement): "Sets the specified value for the element at the given index"`,
        apex: `List<Integer> l = new List<Integer>{1, 2, 3};
l.set(0, 10);
l[2] = 30;
System.debug(l);`,
        debug: ['(10, 2, 30)']
    },
    {
        name: 'List.contains and indexOf',
        cite: `${LIST}, contains(listElement) and indexOf(listElement): "Returns the index of the first occurrence ... or -1"`,
        apex: `List<String> l = new List<String>{'a', 'b', 'a'};
System.debug(l.contains('b'));
System.debug(l.indexOf('a'));
System.debug(l.indexOf('z'));`,
        debug: ['true', '0', '-1']
    },
    {
        name: 'List.sort orders numbers ascending',
        cite: `${LIST}, sort(): "Sorts the items in the list in ascending order"`,
        apex: `List<Integer> l = new List<Integer>{3, 1, 2, -5};
l.sort();
System.debug(l);`,
        debug: ['(-5, 1, 2, 3)']
    },
    {
        name: 'List.sort orders Strings by character code, uppercase first',
        cite: `${LIST}, sort(): Strings sort in ascending Unicode order (Apex Developer Guide, Sorting Lists)`,
        apex: `List<String> l = new List<String>{'b', 'a', 'B', 'A'};
l.sort();
System.debug(l);`,
        debug: ['(A, B, a, b)']
    },
    {
        name: 'List.clone makes an independent copy',
        cite: `${LIST}, clone(): "Makes a duplicate copy of a list"`,
        apex: `List<Integer> a = new List<Integer>{1, 2};
List<Integer> b = a.clone();
b.add(3);
System.debug(a.size());
System.debug(b.size());`,
        debug: ['2', '3']
    },
    {
        name: 'List.isEmpty and clear',
        cite: `${LIST}, isEmpty(): "Returns true if the list has zero elements"; clear(): "Removes all elements"`,
        apex: `List<Integer> l = new List<Integer>{1};
System.debug(l.isEmpty());
l.clear();
System.debug(l.isEmpty());
System.debug(l.size());`,
        debug: ['false', 'true', '0']
    },
    {
        name: 'List.addAll appends another list',
        cite: `${LIST}, addAll(fromList): "Adds all of the elements in the specified list to the list that calls the method"`,
        apex: `List<Integer> l = new List<Integer>{1};
l.addAll(new List<Integer>{2, 3});
l.addAll(new Set<Integer>{4});
System.debug(l);`,
        debug: ['(1, 2, 3, 4)']
    },
    {
        name: '== on Lists compares the elements',
        cite: 'Apex Developer Guide, Expression Operators, ==: "If x and y are lists, ... the lists are equal if they have the same elements in the same order"',
        apex: `List<Integer> a = new List<Integer>{1, 2};
List<Integer> b = new List<Integer>{1, 2};
List<Integer> c = new List<Integer>{2, 1};
System.debug(a == b);
System.debug(a == c);
System.debug(a.equals(b));`,
        debug: ['true', 'false', 'true']
    },
    {
        name: 'a Set holds each element once',
        cite: `${GUIDE}, Sets: "A set is an unordered collection of elements that do not contain any duplicates"`,
        apex: `Set<Integer> s = new Set<Integer>{1, 2, 2, 3, 1};
System.debug(s.size());
System.debug(s.add(3));
System.debug(s.add(4));
System.debug(s.size());`,
        debug: ['3', 'false', 'true', '4']
    },
    {
        name: 'Set membership of Strings is case-sensitive',
        cite: `${GUIDE}, Sets: "Set elements of type String are case-sensitive"; Set Class, contains`,
        apex: `Set<String> s = new Set<String>{'a', 'A'};
System.debug(s.size());
System.debug(s.contains('a'));
System.debug(s.contains('b'));`,
        debug: ['2', 'true', 'false']
    },
    {
        name: 'Set.remove, removeAll, retainAll, containsAll',
        cite: `${SET}: remove, removeAll ("Removes the elements in the specified list from the set if they're present"), retainAll, containsAll`,
        apex: `Set<Integer> s = new Set<Integer>{1, 2, 3, 4};
System.debug(s.remove(1));
System.debug(s.remove(9));
s.removeAll(new List<Integer>{2});
System.debug(s);
s.retainAll(new Set<Integer>{3, 5});
System.debug(s);
System.debug(s.containsAll(new List<Integer>{3}));`,
        debug: ['true', 'false', '{3, 4}', '{3}', 'true']
    },
    {
        name: 'Map keys of type String are case-sensitive',
        cite: `${GUIDE}, Maps: "Map keys of type String are case-sensitive. Two keys that differ only by the case are considered unique"`,
        apex: `Map<String, Integer> m = new Map<String, Integer>();
m.put('Key', 1);
m.put('key', 2);
System.debug(m.size());
System.debug(m.get('KEY'));
System.debug(m.get('Key'));`,
        debug: ['2', 'null', '1']
    },
    {
        name: 'Map.put returns the previous value',
        cite: `${MAP}, put(key, value): "If the map previously contained a mapping for this key, the old value is returned by the method and then replaced"`,
        apex: `Map<String, Integer> m = new Map<String, Integer>();
System.debug(m.put('a', 1));
System.debug(m.put('a', 2));
System.debug(m.get('a'));`,
        debug: ['null', '1', '2']
    },
    {
        name: 'Map.remove returns the removed value',
        cite: `${MAP}, remove(key): "Removes the mapping for the specified key ... returns the value"`,
        apex: `Map<String, Integer> m = new Map<String, Integer>{'a' => 1, 'b' => 2};
System.debug(m.remove('a'));
System.debug(m.containsKey('a'));
System.debug(m.size());`,
        debug: ['1', 'false', '1']
    },
    {
        name: 'Map keySet and values keep the order entries were added',
        cite: `${MAP}: keySet() and values(); iteration order is deterministic, the order in which entries were added`,
        apex: `Map<String, Integer> m = new Map<String, Integer>();
m.put('z', 1);
m.put('a', 2);
m.put('m', 3);
System.debug(m.keySet());
System.debug(m.values());
System.debug(m);`,
        debug: ['{z, a, m}', '(1, 2, 3)', '{z=1, a=2, m=3}']
    },
    {
        name: 'a map literal',
        cite: `${GUIDE}, Maps: "Map<String, String> MyStrings = new Map<String, String>{'a' => 'b', 'c' => 'd'.toUpperCase()};"`,
        apex: `Map<String, String> MyStrings = new Map<String, String>{'a' => 'b', 'c' => 'd'.toUpperCase()};
System.debug(MyStrings.get('c'));
System.debug(MyStrings.size());`,
        debug: ['D', '2']
    },
    {
        name: 'Map.putAll and containsKey',
        cite: `${MAP}, putAll(fromMap): "Copies all of the mappings from the specified map to the original map"`,
        apex: `Map<Integer, String> a = new Map<Integer, String>{1 => 'one'};
a.putAll(new Map<Integer, String>{2 => 'two', 1 => 'uno'});
System.debug(a.get(1));
System.debug(a.containsKey(2));
System.debug(a.size());`,
        debug: ['uno', 'true', '2']
    },
    {
        name: 'a nested collection',
        cite: `${GUIDE}, Lists: "a list can contain another list ... nested collections"`,
        apex: `Map<String, List<Integer>> m = new Map<String, List<Integer>>();
m.put('evens', new List<Integer>{2, 4});
m.get('evens').add(6);
System.debug(m.get('evens'));
List<List<String>> grid = new List<List<String>>{new List<String>{'a'}, new List<String>{'b', 'c'}};
System.debug(grid[1][1]);`,
        debug: ['(2, 4, 6)', 'c']
    },
    {
        name: 'array notation and List are the same type',
        cite: `${GUIDE}, Lists, "Using Array Notation": "String[] colors = new List<String>();" declares a list`,
        apex: `String[] colors = new List<String>();
colors.add('green');
List<String> same = colors;
System.debug(same.size());
String[] initialised = new String[]{'a', 'b'};
System.debug(initialised);`,
        debug: ['1', '(a, b)']
    },
    {
        name: 'for-each over a list visits elements in order',
        cite: 'Apex Developer Guide, List or Set Iteration for Loops: "for (variable : list_or_set) { code_block }"',
        apex: `Integer[] myInts = new Integer[]{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
Integer total = 0;
for (Integer i : myInts) {
    total += i;
}
System.debug(total);`,
        debug: ['55']
    },
    {
        name: 'break and continue in loops',
        cite: 'Apex Developer Guide, Loops: "break exits the entire loop; continue skips to the next iteration"',
        apex: `Integer sum = 0;
for (Integer i = 0; i < 10; i++) {
    if (Math.mod(i, 2) == 0) {
        continue;
    }
    if (i > 7) {
        break;
    }
    sum += i;
}
System.debug(sum);`,
        debug: ['16']
    },
    {
        name: 'while and do-while loops',
        cite: 'Apex Developer Guide, Do-While Loops and While Loops: a do-while body runs at least once',
        apex: `Integer count = 1;
do {
    count++;
} while (count < 1);
System.debug(count);
Integer n = 0;
while (n < 3) {
    n++;
}
System.debug(n);`,
        debug: ['2', '3']
    },
    {
        name: 'a Map of Ids built from a list of SObjects',
        cite: `${MAP}, Map<ID, sObject>(recordList): "Creates a new instance of the Map class and populates it with the passed-in list of sObject records ... keys are the IDs"`,
        apex: `List<Account> accounts = new List<Account>{
    new Account(Id = '001000000000001', Name = 'A'),
    new Account(Id = '001000000000002', Name = 'B')
};
Map<Id, Account> byId = new Map<Id, Account>(accounts);
System.debug(byId.size());
System.debug(byId.get('001000000000002AAA').Name);`,
        debug: ['2', 'B']
    }
];
