using System;
using System.Collections.Generic;
using Py2Cs.Runtime.Modules.@operator;

namespace Py2Cs.Runtime.Modules.csv
{
    /// <summary>
    /// _csv.writer: joins a row's fields as _csv.c's join_append does (a field is quoted when it holds the
    /// delimiter, the quotechar, the escapechar or a line-terminator character; QUOTE_NONE escapes them
    /// instead) and passes the record to the file's <c>write</c>. Fields are read as C strings, so a field
    /// stops at its first NUL byte, as in 2.7.
    /// </summary>
    public sealed class CsvWriter : PyObject
    {
        public static readonly PyType TypeObject = PyType.Builtin("writer", () => PyType.ObjectType, Populate);

        readonly PyObject _writeline;
        readonly CsvDialect _dialect;
        readonly List<byte> _record = new();

        public CsvWriter(PyObject writeline, CsvDialect dialect)
        {
            _writeline = writeline;
            _dialect = dialect;
        }

        public override PyType Type => TypeObject;
        public override string TypeName => "_csv.writer";

        public PyObject WriteRow(PyObject seq)
        {
            if (!TypeSlots.IsSequence(seq)) throw _csv.CsvError("sequence expected");
            long len = Ops.Len(seq);
            _record.Clear();
            int numFields = 0;
            for (long i = 0; i < len; i++)
            {
                PyObject field = Ops.GetItem(seq, PyInt.From(i));
                bool quoted = _dialect.Quoting switch
                {
                    CsvDialect.QuoteNonNumeric => !TypeSlots.IsNumber(field),
                    CsvDialect.QuoteAll => true,
                    _ => false,
                };
                ReadOnlySpan<byte> text = field switch
                {
                    PyStr s => s.Bytes,
                    PyNone => ReadOnlySpan<byte>.Empty,
                    PyFloat => Ops.Repr(field).Bytes,
                    _ => Ops.Str(field).Bytes,
                };
                int nul = text.IndexOf((byte)0);
                if (nul >= 0) text = text.Slice(0, nul);
                AppendField(text, ref quoted, len == 1, numFields++);
            }
            foreach (byte b in _dialect.LineTerminatorBytes()) _record.Add(b);
            return Ops.Call(_writeline, PyStr.FromBytes(_record.ToArray()));
        }

        /// <summary>join_append: a counting pass decides whether the field is quoted, the copy pass writes it.</summary>
        void AppendField(ReadOnlySpan<byte> field, ref bool quoted, bool quoteEmpty, int index)
        {
            JoinAppendData(field, quoteEmpty, ref quoted, copy: false, index);
            JoinAppendData(field, quoteEmpty, ref quoted, copy: true, index);
        }

        void JoinAppendData(ReadOnlySpan<byte> field, bool quoteEmpty, ref bool quoted, bool copy, int index)
        {
            var d = _dialect;
            ReadOnlySpan<byte> lineterm = d.LineTerminatorBytes();
            void Add(byte c) { if (copy) _record.Add(c); }
            if (index > 0) Add(d.Delimiter);
            if (copy && quoted) Add(d.QuoteChar);
            int i = 0;
            for (; i < field.Length; i++)
            {
                byte c = field[i];
                bool wantEscape = false;
                if (c == d.Delimiter || c == d.EscapeChar || c == d.QuoteChar || lineterm.IndexOf(c) >= 0)
                {
                    if (d.Quoting == CsvDialect.QuoteNone) wantEscape = true;
                    else
                    {
                        if (c == d.QuoteChar)
                        {
                            if (d.DoubleQuote) Add(d.QuoteChar);
                            else wantEscape = true;
                        }
                        if (!wantEscape) quoted = true;
                    }
                    if (wantEscape)
                    {
                        if (d.EscapeChar == 0) throw _csv.CsvError("need to escape, but no escapechar set");
                        Add(d.EscapeChar);
                    }
                }
                Add(c);
            }
            if (i == 0 && quoteEmpty)
            {
                if (d.Quoting == CsvDialect.QuoteNone) throw _csv.CsvError("single empty field record must be quoted");
                quoted = true;
            }
            if (quoted && copy) Add(d.QuoteChar);
        }

        public void WriteRows(PyObject rows)
        {
            PyObject it;
            try { it = Ops.Iter(rows); }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.TypeError)) { throw Ops.TypeError("writerows() argument must be iterable"); }
            for (var row = it.Next(); row != null; row = it.Next()) WriteRow(row);
        }

        static CsvWriter W(PyObject o) => (CsvWriter)o;

        static void Populate(PyType t)
        {
            t.Define("__module__", PyStr.FromString("_csv"));
            t.Define("__doc__", PyStr.FromString("CSV writer\n\nWriter objects are responsible for generating tabular data\nin CSV format from sequence input.\n"));
            t.DefMethod("writerow", (s, row) => W(s).WriteRow(row));
            t.DefMethod("writerows", (s, rows) => { W(s).WriteRows(rows); return PyNone.None; });
            t.DefProperty("dialect", o => W(o)._dialect, (o, v) => throw Ops.TypeError("readonly attribute"));
        }
    }
}
