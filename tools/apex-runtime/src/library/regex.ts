/**
 * Pattern and Matcher (Apex Reference), over the Java regex translation in src/lib/javaRegex.ts.
 */
import { T } from '../compile/types';
import { JavaMatcher, JavaPattern } from '../lib/javaRegex';
import { nullPointer } from '../runtime/errors';
import { ApexList } from '../values/collections';
import { registerForeignType } from '../values/misc';
import { defineLibType, method } from './registry';

const PatternType = defineLibType('System.Pattern', 'Pattern');
const MatcherType = defineLibType('System.Matcher', 'Matcher');
registerForeignType(JavaPattern, 'System.Pattern');
registerForeignType(JavaMatcher, 'System.Matcher');

function text(v: unknown): string {
    if (v === null || v === undefined) {
        throw nullPointer();
    }
    return v as string;
}

/** group(Integer) or group(String): the argument as the matcher expects it. */
const groupRef = (v: unknown): number | string => (typeof v === 'string' ? v : (v as number));

method(PatternType, 'static System.Pattern compile(String)', (_s, [regex]) => JavaPattern.compile(text(regex)));
method(PatternType, 'static Boolean matches(String, String)', (_s, [regex, input]) =>
    JavaPattern.matches(text(regex), text(input))
);
method(PatternType, 'static String quote(String)', (_s, [s]) => JavaPattern.quote(text(s)));
method(PatternType, 'System.Matcher matcher(String)', (p: JavaPattern, [input]) => p.matcher(text(input)));
method(PatternType, 'String pattern()', (p: JavaPattern) => p.pattern());
method(
    PatternType,
    'List<String> split(String, Integer?)',
    (p: JavaPattern, [input, limit]) => new ApexList(p.split(text(input), (limit as number | undefined) ?? 0), T.String)
);

method(MatcherType, 'Boolean find(Integer?)', (m: JavaMatcher, [start]) =>
    start === undefined ? m.find() : m.findFrom(start as number)
);
method(MatcherType, 'Boolean matches()', (m: JavaMatcher) => m.matches());
method(MatcherType, 'Boolean lookingAt()', (m: JavaMatcher) => m.lookingAt());
method(MatcherType, 'Boolean hitEnd()', (m: JavaMatcher) => m.hitEnd());
method(MatcherType, 'Boolean requireEnd()', (m: JavaMatcher) => m.requireEnd());
method(MatcherType, 'Integer groupCount()', (m: JavaMatcher) => m.groupCount());
method(MatcherType, 'String group(Object?)', (m: JavaMatcher, [g]) => m.group(g === undefined ? 0 : groupRef(g)));
method(MatcherType, 'Integer start(Object?)', (m: JavaMatcher, [g]) => m.start(g === undefined ? 0 : groupRef(g)));
method(MatcherType, 'Integer end(Object?)', (m: JavaMatcher, [g]) => m.end(g === undefined ? 0 : groupRef(g)));
method(MatcherType, 'System.Matcher reset(String?)', (m: JavaMatcher, [input]) =>
    m.reset(input === undefined ? undefined : text(input))
);
method(MatcherType, 'System.Matcher region(Integer, Integer)', (m: JavaMatcher, [start, end]) =>
    m.region(start as number, end as number)
);
method(MatcherType, 'Integer regionStart()', (m: JavaMatcher) => m.regionStart());
method(MatcherType, 'Integer regionEnd()', (m: JavaMatcher) => m.regionEnd());
method(MatcherType, 'Boolean hasAnchoringBounds()', (m: JavaMatcher) => m.hasAnchoringBounds());
method(MatcherType, 'Boolean hasTransparentBounds()', (m: JavaMatcher) => m.hasTransparentBounds());
method(MatcherType, 'System.Matcher useAnchoringBounds(Boolean)', (m: JavaMatcher, [b]) =>
    m.useAnchoringBounds(b as boolean)
);
method(MatcherType, 'System.Matcher useTransparentBounds(Boolean)', (m: JavaMatcher, [b]) =>
    m.useTransparentBounds(b as boolean)
);
method(MatcherType, 'System.Matcher usePattern(System.Pattern)', (m: JavaMatcher, [p]) =>
    m.usePattern(p as JavaPattern)
);
method(MatcherType, 'System.Pattern pattern()', (m: JavaMatcher) => m.pattern());
method(MatcherType, 'String replaceAll(String)', (m: JavaMatcher, [r]) => m.replaceAll(text(r)));
method(MatcherType, 'String replaceFirst(String)', (m: JavaMatcher, [r]) => m.replaceFirst(text(r)));
method(MatcherType, 'static String quoteReplacement(String)', (_s, [r]) => text(r).replace(/[\\$]/g, (c) => `\\${c}`));
