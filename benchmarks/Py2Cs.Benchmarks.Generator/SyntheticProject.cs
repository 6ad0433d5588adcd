using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Py2Cs.Benchmarks.Generator
{
    /// <summary>
    /// A project of N Python 2 modules of about 250 lines each: module k imports module k-1 and a few
    /// native modules, and holds functions and classes with the usual statement mix (loops, dicts,
    /// comprehensions, % formatting, try/except, generators).
    /// </summary>
    public static class SyntheticProject
    {
        public static string ModuleName(int k) => "mod" + k.ToString("D3", CultureInfo.InvariantCulture);

        public static string Module(int k, int edit = 0)
        {
            var sb = new StringBuilder();
            sb.Append("# Synthetic module ").Append(k).Append(" (edit ").Append(edit).Append(")\n");
            sb.Append("import os\nimport sys\n");
            if (k > 0) sb.Append("import ").Append(ModuleName(k - 1)).Append("\n");
            sb.Append("\nLIMIT = ").Append(10 + k).Append("\nNAMES = ['alpha', 'beta', 'gamma']\n\n");
            for (int f = 0; f < 8; f++)
            {
                string n = "f" + f;
                sb.Append($"\ndef {n}(values, scale=1, *rest):\n");
                sb.Append("    \"\"\"Sums, counts and formats.\"\"\"\n");
                sb.Append("    total = 0\n    counts = {}\n");
                sb.Append("    for i, v in enumerate(values):\n");
                sb.Append("        if v % 2 == 0:\n            total += v * scale\n");
                sb.Append("        elif v > LIMIT:\n            total -= v\n        else:\n            total += i\n");
                sb.Append("        key = 'k%d' % (v % 5)\n        counts[key] = counts.get(key, 0) + 1\n");
                sb.Append("    squares = [x * x for x in values if x > 0]\n");
                sb.Append("    pairs = dict((name, len(name)) for name in NAMES)\n");
                sb.Append("    try:\n        ratio = float(total) / len(values)\n    except ZeroDivisionError:\n        ratio = 0.0\n");
                sb.Append("    while total > 1000:\n        total //= 2\n");
                sb.Append("    text = '%s: %d items, ratio %.3f, %r' % (os.path.basename('a/b'), len(values), ratio, sorted(counts.items()))\n");
                sb.Append($"    return total + sum(squares) + len(pairs) + {edit}, text\n");
                sb.Append($"\n\ndef gen{f}(n):\n    a, b = 0, 1\n    for _ in xrange(n):\n        yield a\n        a, b = b, a + b\n");
            }
            for (int c = 0; c < 2; c++)
            {
                sb.Append($"\n\nclass Shape{c}(object):\n    sides = {c + 3}\n\n");
                sb.Append("    def __init__(self, size, name='shape'):\n        self.size = size\n        self.name = name\n\n");
                sb.Append("    def area(self):\n        return self.size * self.size * self.sides\n\n");
                sb.Append("    def describe(self):\n        return '%s of size %d has area %d' % (self.name, self.size, self.area())\n\n");
                sb.Append("    def __repr__(self):\n        return 'Shape(%r, %r)' % (self.size, self.name)\n\n");
                sb.Append("    def grow(self, factor):\n        if factor <= 0:\n            raise ValueError('bad factor %r' % factor)\n        return Shape" + c + "(self.size * factor, self.name)\n");
            }
            sb.Append("\n\ndef run():\n    results = []\n");
            for (int f = 0; f < 8; f++) sb.Append($"    results.append(f{f}(range(20), {f + 1}))\n");
            if (k > 0) sb.Append($"    results.append({ModuleName(k - 1)}.f0([1, 2, 3]))\n");
            sb.Append("    return results\n\n\nif __name__ == '__main__':\n    for r in run():\n        print r\n    sys.exit(0)\n");
            return sb.ToString();
        }

        public static int CountLines(IEnumerable<string> texts)
        {
            int lines = 0;
            foreach (var t in texts) foreach (char ch in t) if (ch == '\n') lines++;
            return lines;
        }
    }
}
