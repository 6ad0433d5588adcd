using System.Collections.Generic;
using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime.Modules.csv
{
    /// <summary>
    /// csv.Sniffer: csv.py's heuristics step for step — quote/delimiter guessing with the same four
    /// regular expressions, the per-chunk character-frequency modes for the delimiter, the 'preferred'
    /// fallback, and has_header's column-type vote. The tables are Python dicts and are walked in
    /// CPython's dict order wherever csv.py's result depends on it (its reduce() ties). Methods reach
    /// each other through attribute lookup, so subclasses may override any step.
    /// </summary>
    internal static class SnifferClass
    {
        static PyObject S(string s) => PyStr.FromString(s);
        static PyObject I(long v) => PyInt.From(v);
        static PyObject Get(PyObject o, string name) => Ops.GetAttr(o, PyStr.Intern(name));
        static PyObject Re(string name) => Ops.GetAttr(Importer.ImportModule("re"), PyStr.Intern(name));

        static readonly string[] QuoteRegexes =
        {
            "(?P<delim>[^\\w\\n\"'])(?P<space> ?)(?P<quote>[\"']).*?(?P=quote)(?P=delim)", // ,".*?",
            "(?:^|\\n)(?P<quote>[\"']).*?(?P=quote)(?P<delim>[^\\w\\n\"'])(?P<space> ?)",   //  ".*?",
            "(?P<delim>[^\\w\\n\"'])(?P<space> ?)(?P<quote>[\"']).*?(?P=quote)(?:$|\\n)",   // ,".*?"
            "(?:^|\\n)(?P<quote>[\"']).*?(?P=quote)(?:$|\\n)",                              //  ".*?" (no delim, no space)
        };

        public static PyType Make(PyType dialectClass)
        {
            PyType sniffer = Build(dialectClass);
            SetDoc(sniffer, "sniff", CsvDocs.SniffDoc);
            SetDoc(sniffer, "_guess_quote_and_delimiter", CsvDocs.GuessQuoteDoc);
            SetDoc(sniffer, "_guess_delimiter", CsvDocs.GuessDelimiterDoc);
            return sniffer;
        }

        static void SetDoc(PyType type, string method, string doc) => ((PyFunction)type.Dict.GetStr(method)).Doc = S(doc);

        static PyType Build(PyType dialectClass) => new PythonClassBuilder("csv", "Sniffer")
            .Attribute("__doc__", S(CsvDocs.SnifferDoc))
            .Method("__init__", new[] { "self" }, a =>
            {
                Ops.SetAttr(a[0], PyStr.Intern("preferred"), PyList.FromArray(new[] { S(","), S("\t"), S(";"), S(" "), S(":") }));
                return PyNone.None;
            })
            .Method("sniff", new[] { "self", "sample", "delimiters" }, a => Sniff(a[0], a[1], a[2], dialectClass),
                defaults: new PyObject[] { PyNone.None })
            .Method("_guess_quote_and_delimiter", new[] { "self", "data", "delimiters" }, a => GuessQuoteAndDelimiter(a[1], a[2]))
            .Method("_guess_delimiter", new[] { "self", "data", "delimiters" }, a => GuessDelimiter(a[0], a[1], a[2]))
            .Method("has_header", new[] { "self", "sample" }, a => HasHeader(a[0], a[1]))
            .Build();

        static PyObject Sniff(PyObject self, PyObject sample, PyObject delimiters, PyType dialectClass)
        {
            var guess = Ops.UnpackSequence(Ops.CallMethod(self, "_guess_quote_and_delimiter", sample, delimiters), 4);
            PyObject quotechar = guess[0], doublequote = guess[1], delimiter = guess[2], skipinitialspace = guess[3];
            if (!Ops.IsTrue(delimiter))
            {
                var d = Ops.UnpackSequence(Ops.CallMethod(self, "_guess_delimiter", sample, delimiters), 2);
                delimiter = d[0];
                skipinitialspace = d[1];
            }
            if (!Ops.IsTrue(delimiter)) throw _csv.CsvError("Could not determine delimiter");
            var ns = new PyDict();
            ns.SetStr("__module__", S("csv"));
            ns.SetStr("_name", S("sniffed"));
            ns.SetStr("lineterminator", S("\r\n"));
            ns.SetStr("quoting", _csv.QUOTE_MINIMAL);
            PyObject dialect = PyType.MakeClass("dialect", PyTuple.Create(dialectClass), ns);
            Ops.SetAttr(dialect, PyStr.Intern("doublequote"), doublequote);
            Ops.SetAttr(dialect, PyStr.Intern("delimiter"), delimiter);
            // _csv.reader won't accept a quotechar of ''
            Ops.SetAttr(dialect, PyStr.Intern("quotechar"), Ops.IsTrue(quotechar) ? quotechar : S("\""));
            Ops.SetAttr(dialect, PyStr.Intern("skipinitialspace"), skipinitialspace);
            return dialect;
        }

        static PyObject Increment(PyDict d, PyObject key)
        {
            PyObject old = d.Get(key);
            d.SetItem(key, Ops.Add(old ?? I(0), I(1)));
            return key;
        }

        /// <summary>reduce(lambda a, b: (counts[a] > counts[b]) and a or b, counts.keys())</summary>
        static PyObject MostFrequentKey(PyDict counts)
        {
            PyObject best = null;
            foreach (var key in Ops.Enumerate(counts.Keys()))
            {
                if (best == null) { best = key; continue; }
                PyObject pick = Ops.Greater(counts.GetItem(best), counts.GetItem(key)) ? best : null;
                best = pick != null && Ops.IsTrue(pick) ? pick : key;
            }
            if (best == null) throw Ops.TypeError("reduce() of empty sequence with no initial value");
            return best;
        }

        static PyObject GuessQuoteAndDelimiter(PyObject data, PyObject delimiters)
        {
            PyObject regexp = null, matches = new PyList();
            long flags = 16 | 8; // re.DOTALL | re.MULTILINE
            foreach (var restr in QuoteRegexes)
            {
                regexp = Ops.Call(Re("compile"), S(restr), I(flags));
                matches = Ops.CallMethod(regexp, "findall", data);
                if (Ops.IsTrue(matches)) break;
            }
            if (!Ops.IsTrue(matches)) return PyTuple.Create(S(""), PyBool.False, PyNone.None, I(0));
            var quotes = new PyDict();
            var delims = new PyDict();
            long spaces = 0;
            PyObject groupindex = Get(regexp, "groupindex");
            PyObject Group(PyObject m, string name)
            {
                PyObject n = Ops.CallMethod(groupindex, "get", S(name));
                return n is PyNone ? null : Ops.GetItem(m, Ops.Subtract(n, I(1)));
            }
            foreach (var m in Ops.Enumerate(matches))
            {
                PyObject key = Group(m, "quote");
                if (key == null) throw Ops.KeyError(S("quote"));
                if (Ops.IsTrue(key)) Increment(quotes, key);
                key = Group(m, "delim");
                if (key == null) continue;
                if (Ops.IsTrue(key) && (delimiters is PyNone || Ops.In(key, delimiters))) Increment(delims, key);
                PyObject space = Group(m, "space");
                if (space == null) continue;
                if (Ops.IsTrue(space)) spaces++;
            }
            PyObject quotechar = MostFrequentKey(quotes);
            PyObject delim, skipinitialspace;
            if (Ops.IsTrue(delims))
            {
                delim = MostFrequentKey(delims);
                skipinitialspace = PyBool.From(Ops.Eq(delims.GetItem(delim), I(spaces)));
                if (Ops.Eq(delim, S("\n"))) delim = S(""); // most likely a file with a single column
            }
            else
            {
                delim = S(""); // no delimiter: a single column of quoted data
                skipinitialspace = I(0);
            }
            // An extra quote between delimiters means a doubled-quote format.
            var parts = new PyDict();
            parts.SetItem(S("delim"), Ops.Call(Re("escape"), delim));
            parts.SetItem(S("quote"), quotechar);
            PyObject dq = Ops.Modulo(S("((%(delim)s)|^)\\W*%(quote)s[^%(delim)s\\n]*%(quote)s[^%(delim)s\\n]*%(quote)s\\W*((%(delim)s)|$)"), parts);
            PyObject dqRegexp = Ops.Call(Re("compile"), dq, I(8));
            bool doublequote = !(Ops.CallMethod(dqRegexp, "search", data) is PyNone);
            return PyTuple.Create(quotechar, PyBool.From(doublequote), delim, skipinitialspace);
        }

        static PyObject Count(PyObject line, PyObject ch) => Ops.CallMethod(line, "count", ch);

        static PyObject SkipInitialSpace(PyObject firstLine, PyObject delim) =>
            PyBool.From(Ops.Eq(Count(firstLine, delim), Count(firstLine, Ops.Modulo(S("%c "), delim))));

        static PyObject GuessDelimiter(PyObject self, PyObject dataText, PyObject delimiters)
        {
            var data = new List<PyObject>();
            foreach (var line in Ops.Enumerate(Ops.CallMethod(dataText, "split", S("\n"))))
                if (Ops.IsTrue(line)) data.Add(line);
            var ascii = new PyObject[127];
            for (int c = 0; c < 127; c++) ascii[c] = PyStr.FromByte((byte)c);

            int chunkLength = System.Math.Min(10, data.Count);
            int iteration = 0;
            var charFrequency = new PyDict();
            var modes = new PyDict();
            var delims = new PyDict();
            int start = 0, end = System.Math.Min(chunkLength, data.Count);
            while (start < data.Count)
            {
                iteration++;
                for (int li = start; li < System.Math.Min(end, data.Count); li++)
                {
                    PyObject line = data[li];
                    foreach (var ch in ascii)
                    {
                        var metaFrequency = charFrequency.Get(ch) as PyDict ?? new PyDict();
                        PyObject freq = Count(line, ch);
                        Increment(metaFrequency, freq);
                        charFrequency.SetItem(ch, metaFrequency);
                    }
                }
                foreach (var ch in Ops.Enumerate(charFrequency.Keys()))
                {
                    var items = (PyList)Ops.CallMethod(charFrequency.GetItem(ch), "items");
                    if (items.Count == 1 && Ops.Eq(Ops.GetItem(items[0], I(0)), I(0))) continue;
                    if (items.Count > 1)
                    {
                        // The mode of the frequencies, less the sum of all the other frequencies.
                        PyObject mode = items[0];
                        for (int i = 1; i < items.Count; i++)
                            mode = Ops.Greater(Ops.GetItem(mode, I(1)), Ops.GetItem(items[i], I(1))) ? mode : items[i];
                        Ops.CallMethod(items, "remove", mode);
                        PyObject rest = items[0];
                        for (int i = 1; i < items.Count; i++)
                            rest = PyTuple.Create(I(0), Ops.Add(Ops.GetItem(rest, I(1)), Ops.GetItem(items[i], I(1))));
                        modes.SetItem(ch, PyTuple.Create(Ops.GetItem(mode, I(0)), Ops.Subtract(Ops.GetItem(mode, I(1)), Ops.GetItem(rest, I(1)))));
                    }
                    else modes.SetItem(ch, items[0]);
                }
                var modeList = (PyList)Ops.CallMethod(modes, "items");
                double total = (double)chunkLength * iteration;
                double consistency = 1.0, threshold = 0.9;
                while (delims.Count == 0 && consistency >= threshold)
                {
                    foreach (var kv in Ops.Enumerate(modeList))
                    {
                        PyObject k = Ops.GetItem(kv, I(0)), v = Ops.GetItem(kv, I(1));
                        PyObject v0 = Ops.GetItem(v, I(0)), v1 = Ops.GetItem(v, I(1));
                        if (Ops.Greater(v0, I(0)) && Ops.Greater(v1, I(0)))
                        {
                            if (Ops.GreaterEqual(Ops.Divide(v1, new PyFloat(total)), new PyFloat(consistency))
                                && (delimiters is PyNone || Ops.In(k, delimiters)))
                                delims.SetItem(k, v);
                        }
                    }
                    consistency -= 0.01;
                }
                if (delims.Count == 1)
                {
                    PyObject delim = delims.Keys()[0];
                    return PyTuple.Create(delim, SkipInitialSpace(data[0], delim));
                }
                start = end;
                end += chunkLength;
            }
            if (delims.Count == 0) return PyTuple.Create(S(""), I(0));
            if (delims.Count > 1)
            {
                foreach (var d in Ops.Enumerate(Get(self, "preferred")))
                    if (Ops.In(d, delims.Keys()))
                        return PyTuple.Create(d, SkipInitialSpace(data[0], d));
            }
            var sorted = new PyList();
            foreach (var kv in Ops.Enumerate(Ops.CallMethod(delims, "items")))
                sorted.Append(PyTuple.Create(Ops.GetItem(kv, I(1)), Ops.GetItem(kv, I(0))));
            Ops.CallMethod(sorted, "sort");
            PyObject best = Ops.GetItem(sorted[sorted.Count - 1], I(1));
            return PyTuple.Create(best, SkipInitialSpace(data[0], best));
        }

        static PyObject HasHeader(PyObject self, PyObject sample)
        {
            PyObject stream = Ops.Call(Ops.GetAttr(Importer.ImportModule("cStringIO"), PyStr.Intern("StringIO")), sample);
            PyObject rdr = Ops.Call(_csv.reader, stream, Ops.CallMethod(self, "sniff", sample));
            PyObject header = Ops.CallMethod(rdr, "next"); // the first row is assumed to be the header
            int columns = Ops.Len(header);
            var columnTypes = new PyDict();
            for (int i = 0; i < columns; i++) columnTypes.SetItem(I(i), PyNone.None);
            PyObject intType = Builtins.Get("int"), longType = Builtins.Get("long");
            PyObject[] candidates = { intType, longType, Builtins.Get("float"), Builtins.Get("complex") };
            int checked_ = 0;
            foreach (var row in Ops.Enumerate(rdr))
            {
                if (checked_ > 20) break; // enough rows to decide
                checked_++;
                if (Ops.Len(row) != columns) continue; // irregular rows are skipped
                foreach (var col in Ops.Enumerate(columnTypes.Keys()))
                {
                    PyObject cell = Ops.GetItem(row, col);
                    PyObject thisType = null;
                    foreach (var candidate in candidates)
                    {
                        try { Ops.Call(candidate, cell); thisType = candidate; break; }
                        catch (PythonException e) when (e.Matches(PyExceptionTypes.ValueError) || e.Matches(PyExceptionTypes.OverflowError)) { }
                    }
                    thisType ??= I(Ops.Len(cell)); // fall back to the string's length
                    if (Ops.Eq(thisType, longType)) thisType = intType; // longs count as ints
                    if (Ops.Ne(thisType, columnTypes.GetItem(col)))
                    {
                        if (columnTypes.GetItem(col) is PyNone) columnTypes.SetItem(col, thisType);
                        else columnTypes.DeleteItem(col); // inconsistent: the column does not vote
                    }
                }
            }
            long hasHeader = 0;
            foreach (var item in Ops.Enumerate(Ops.CallMethod(columnTypes, "items")))
            {
                PyObject col = Ops.GetItem(item, I(0)), colType = Ops.GetItem(item, I(1));
                if (Ops.TypeOf(colType) == Ops.TypeOf(I(0)))
                {
                    if (Ops.Ne(I(Ops.Len(Ops.GetItem(header, col))), colType)) hasHeader++;
                    else hasHeader--;
                }
                else
                {
                    try { Ops.Call(colType, Ops.GetItem(header, col)); hasHeader--; }
                    catch (PythonException e) when (e.Matches(PyExceptionTypes.ValueError) || e.Matches(PyExceptionTypes.TypeError)) { hasHeader++; }
                }
            }
            return PyBool.From(hasHeader > 0);
        }
    }
}
