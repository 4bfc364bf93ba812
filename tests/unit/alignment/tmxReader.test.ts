import { describe, expect, it } from 'vitest';
import { readTmx, TMX_MAX_CHARACTERS, TmxReadError, type TmxErrorReason } from '../../../main/domain/alignment/tmxReader';

const HEADER =
  '<header creationtool="Other" creationtoolversion="2" segtype="sentence" o-tmf="x" adminlang="en-US" srclang="en-US" datatype="html"/>';
const tmx = (body: string, header = HEADER) => `<?xml version="1.0" encoding="utf-8"?>\n<tmx version="1.4">\n${header}\n<body>\n${body}\n</body>\n</tmx>\n`;

function refusal(xml: string): TmxReadError {
  const started = performance.now();
  try {
    readTmx(xml);
  } catch (error) {
    // A hostile file is refused at once, never after expanding or walking it.
    expect(performance.now() - started).toBeLessThan(2000);
    expect(error).toBeInstanceOf(TmxReadError);
    return error as TmxReadError;
  }
  throw new Error('the file was read');
}

function expectRefused(xml: string, reason: TmxErrorReason, message: RegExp): void {
  const error = refusal(xml);
  expect(error.reason).toBe(reason);
  expect(error.message).toMatch(message);
}

describe('reading a TMX file from another tool', () => {
  it('reads units, variants, properties and notes, with inline codes left out of the text', () => {
    const file = tmx(`<!-- a comment -->
<tu tuid="7" srclang="en-US"><note>checked</note><prop type="Domain">Health</prop>
  <tuv xml:lang="en-US"><seg>Press <bpt i="1">&lt;b&gt;</bpt>here<ept i="1">&lt;/b&gt;</ept> &amp; <hi type="x">now</hi><ph x="2">{0}</ph>&#x1F600;&#65;</seg></tuv>
  <tuv lang="fr-FR"><prop type="x-q" xml:lang="fr">oui</prop><seg><![CDATA[Appuyez <ici> & ]]>maintenant</seg></tuv>
</tu>
<tu><tuv xml:lang="de"><seg>Allein</seg></tuv></tu>`);
    expect(readTmx(file)).toEqual({
      version: '1.4',
      header: {
        attributes: { creationtool: 'Other', creationtoolversion: '2', segtype: 'sentence', 'o-tmf': 'x', adminlang: 'en-US', srclang: 'en-US', datatype: 'html' },
        props: [],
        notes: [],
      },
      units: [
        {
          tuid: '7',
          srclang: 'en-US',
          props: [{ type: 'Domain', value: 'Health' }],
          notes: [{ text: 'checked' }],
          variants: [
            { lang: 'en-US', text: 'Press here & now😀A', props: [], notes: [] },
            { lang: 'fr-FR', text: 'Appuyez <ici> & maintenant', props: [{ type: 'x-q', value: 'oui', lang: 'fr' }], notes: [] },
          ],
        },
        { tuid: null, srclang: null, props: [], notes: [], variants: [{ lang: 'de', text: 'Allein', props: [], notes: [] }] },
      ],
    });
  });

  it('accepts a byte-order mark, CRLF line ends and a DOCTYPE naming the DTD, which it never loads', () => {
    const file = `\uFEFF<?xml version="1.0"?>\r\n<!DOCTYPE tmx SYSTEM "http://example.invalid/tmx14.dtd">\r\n${tmx('<tu><tuv xml:lang="en"><seg>a\r\nb</seg></tuv></tu>').replace(/^.*\n/, '')}`;
    expect(readTmx(file).units[0].variants[0].text).toBe('a\nb');
  });
});

describe('a hostile or broken TMX file is refused with a clear error', () => {
  it('malformed XML: an unclosed element, crossed tags, a bare ampersand, a stray "<"', () => {
    expectRefused('<?xml version="1.0"?>\n<tmx version="1.4">\n<body><tu>cut off', 'not-well-formed', /line 3, column 18: <tu> \(line 3\) is never closed/);
    expectRefused(tmx('<tu><tuv xml:lang="en"><seg>x</tuv></seg></tu>'), 'not-well-formed', /line 5, column \d+: <\/tuv> closes <seg> \(line 5\)/);
    expectRefused(tmx('<tu><tuv xml:lang="en"><seg>R&D</seg></tuv></tu>'), 'not-well-formed', /"&" that starts no reference/);
    expectRefused(tmx('<tu><tuv xml:lang="en"><seg>a < b</seg></tuv></tu>'), 'not-well-formed', /expected a name/);
    expectRefused('<tmx version="1.4"><header/></tmx><tmx/>', 'not-well-formed', /content after the root element/);
    expectRefused('', 'not-well-formed', /no root element/);
    expectRefused(tmx('<tu a="1" a="2"><tuv xml:lang="en"><seg>x</seg></tuv></tu>'), 'not-well-formed', /attribute a twice/);
    expectRefused(tmx('<tu><tuv xml:lang="en"><seg>\u0007</seg></tuv></tu>'), 'not-well-formed', /U\+0007/);
  });

  it('a DOCTYPE declaring entities (billion laughs) is refused before anything is expanded', () => {
    const laughs = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE tmx [',
      '  <!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, i) => `  <!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`),
      ']>',
      '<tmx version="1.4">' + HEADER + '<body><tu><tuv xml:lang="en"><seg>&lol9;</seg></tuv></tu></body></tmx>',
    ].join('\n');
    expectRefused(laughs, 'forbidden-markup', /line 2, column 1: a DOCTYPE with an internal subset/);
  });

  it('an external entity (XXE) cannot be declared, and an undeclared entity is not expanded', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${tmx('').replace(/^.*\n/, '')}`;
    expectRefused(xxe, 'forbidden-markup', /internal subset/);
    expectRefused(tmx('<tu><tuv xml:lang="en"><seg>&xxe;</seg></tuv></tu>'), 'forbidden-markup', /the entity &xxe; which is not defined/);
    expectRefused(tmx('<!ENTITY x "y">'), 'forbidden-markup', /declaration inside the document/);
  });

  it('a file over the size limit is refused before it is parsed', () => {
    const huge = tmx('<tu><tuv xml:lang="en"><seg>' + 'x'.repeat(TMX_MAX_CHARACTERS) + '</seg></tuv></tu>');
    expectRefused(huge, 'too-large', new RegExp(`the limit is ${TMX_MAX_CHARACTERS}`));
    expect(() => readTmx(tmx(''), { maxCharacters: 100 })).toThrow(/the limit is 100/);
  });

  it('deep nesting is refused without exhausting the stack', () => {
    const deep = tmx(`<tu><tuv xml:lang="en"><seg>${'<hi>'.repeat(100_000)}x${'</hi>'.repeat(100_000)}</seg></tuv></tu>`);
    expectRefused(deep, 'too-deep', /nested deeper than 64/);
  });

  it('a root other than <tmx>, or a version it cannot read, is not a TMX file', () => {
    expectRefused('<?xml version="1.0"?><html><body/></html>', 'not-tmx', /root element is <html>, not <tmx>/);
    expectRefused(tmx('').replace('version="1.4"', 'version="2.0"'), 'not-tmx', /TMX version 2\.0/);
    expectRefused(tmx('').replace(' version="1.4"', ''), 'not-tmx', /TMX version \(none\)/);
  });

  it('a variant without xml:lang, a unit without variants, a header without srclang are invalid TMX, each with its line', () => {
    expectRefused(tmx('<tu>\n<tuv><seg>which language?</seg></tuv></tu>'), 'invalid-tmx', /line 6: <tuv> has no xml:lang/);
    expectRefused(tmx('<tu tuid="1"><prop type="a">b</prop></tu>'), 'invalid-tmx', /line 5: <tu> has no <tuv>/);
    expectRefused(tmx('', HEADER.replace(' srclang="en-US"', '')), 'invalid-tmx', /<header> has no srclang attribute/);
    expectRefused(tmx('', HEADER.replace('segtype="sentence"', 'segtype="word"')), 'invalid-tmx', /segtype="word"/);
    expectRefused(tmx('<tu><tuv xml:lang="en"><seg>a</seg><seg>b</seg></tuv></tu>'), 'invalid-tmx', /exactly one <seg>, not 2/);
    expectRefused(tmx('<tu><tuv xml:lang="en"><seg>a<script>x</script></seg></tuv></tu>'), 'invalid-tmx', /<script> is not allowed in <seg>/);
    expectRefused(tmx('loose text<tu><tuv xml:lang="en"><seg>a</seg></tuv></tu>'), 'invalid-tmx', /<body> holds text outside its elements/);
    expectRefused('<tmx version="1.4"><body/></tmx>', 'invalid-tmx', /a <header> and then a <body>/);
  });

  it('an encoding it cannot have decoded is refused with the advice to save as UTF-8', () => {
    expectRefused(tmx('').replace('encoding="utf-8"', 'encoding="ISO-8859-1"'), 'unsupported-encoding', /ISO-8859-1; save it as UTF-8/);
  });
});
