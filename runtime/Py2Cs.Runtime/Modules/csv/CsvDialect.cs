using System;

namespace Py2Cs.Runtime.Modules.csv
{
    /// <summary>
    /// _csv.Dialect: the validated, read-only formatting parameters that reader and writer use. Built as
    /// _csv.c's dialect_new: attributes are taken from the keyword arguments first, then from the dialect
    /// argument (a registered name, a _csv.Dialect, or any object such as a csv.Dialect class), then the
    /// defaults; then checked in CPython's order with its messages. A character setting of 0 means unset.
    /// </summary>
    public sealed class CsvDialect : PyObject
    {
        public static readonly PyType TypeObject = PyType.Builtin("Dialect", () => PyType.ObjectType, Populate);

        public const int QuoteMinimal = 0, QuoteAll = 1, QuoteNonNumeric = 2, QuoteNone = 3;

        static readonly string[] Keywords =
            { "dialect", "delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict" };

        readonly PyType _type;
        readonly PyDict _dict;

        public byte Delimiter, QuoteChar, EscapeChar;
        public bool DoubleQuote, SkipInitialSpace, Strict;
        public int Quoting;
        /// <summary>A str or unicode, as given.</summary>
        public PyObject LineTerminator;

        CsvDialect(PyType type)
        {
            _type = type;
            if (!type.IsBuiltin && type.HasInstanceDict) _dict = new PyDict();
        }

        public override PyType Type => _type;
        public override PyDict InstanceDict => _dict;
        public override string TypeName => _type.IsBuiltin ? "_csv.Dialect" : _type.Name;

        /// <summary>The bytes of the line terminator (unicode converted as PyString_AsString does).</summary>
        public byte[] LineTerminatorBytes() => CsvText.BytesOf(LineTerminator).ToArray();

        /// <summary>_call_dialect: <c>Dialect(dialect, **kwargs)</c> (no dialect argument when null).</summary>
        public static PyObject Call(PyObject dialect, PyStr[] kwNames, PyObject[] kwValues)
        {
            int k = kwNames?.Length ?? 0;
            var args = new PyObject[(dialect == null ? 0 : 1) + k];
            if (dialect != null) args[0] = dialect;
            for (int i = 0; i < k; i++) args[args.Length - k + i] = kwValues[i];
            return Ops.Call(TypeObject, args, kwNames ?? System.Array.Empty<PyStr>());
        }

        static PyObject New(PyType type, PyObject[] args, PyStr[] kwNames)
        {
            var a = ArgumentParser.Parse("Dialect", args, kwNames, 0, Keywords.Length, Keywords);
            PyObject dialect = a[0];
            if (dialect != null)
            {
                if (dialect is PyStr || dialect is PyUnicode) dialect = _csv.Registry.Lookup(dialect);
                // An existing dialect is reused when nothing overrides it.
                bool overridden = false;
                for (int i = 1; i < a.Length; i++) overridden |= a[i] != null;
                if (dialect is CsvDialect existing && !overridden && type == TypeObject) return existing;
                for (int i = 1; i < a.Length; i++)
                    a[i] ??= Ops.GetAttrOrNull(dialect, PyStr.Intern(Keywords[i]));
            }
            var self = new CsvDialect(type);
            self.Delimiter = SetChar("delimiter", a[1], (byte)',');
            self.DoubleQuote = a[2] == null || Ops.IsTrue(a[2]);
            self.EscapeChar = SetChar("escapechar", a[3], 0);
            self.LineTerminator = SetString("lineterminator", a[4], PyStr.FromString("\r\n"));
            self.QuoteChar = SetChar("quotechar", a[5], (byte)'"');
            self.Quoting = SetInt("quoting", a[6], QuoteMinimal);
            self.SkipInitialSpace = a[7] != null && Ops.IsTrue(a[7]);
            self.Strict = a[8] != null && Ops.IsTrue(a[8]);

            if (self.Quoting < QuoteMinimal || self.Quoting > QuoteNone) throw Ops.TypeError("bad \"quoting\" value");
            if (self.Delimiter == 0) throw Ops.TypeError("\"delimiter\" must be an 1-character string");
            if (a[5] is PyNone && a[6] == null) self.Quoting = QuoteNone;
            if (self.Quoting != QuoteNone && self.QuoteChar == 0) throw Ops.TypeError("quotechar must be set if quoting enabled");
            if (self.LineTerminator == null) throw Ops.TypeError("lineterminator must be set");
            return self;
        }

        static byte SetChar(string name, PyObject src, byte dflt)
        {
            if (src == null) return dflt;
            if (src is PyNone) return 0;
            if (!(src is PyStr s)) throw Ops.TypeError($"\"{name}\" must be string, not {src.TypeName}");
            if (s.Bytes.Length > 1) throw Ops.TypeError($"\"{name}\" must be an 1-character string");
            return s.Bytes.Length == 1 ? s.Bytes[0] : (byte)0;
        }

        static PyObject SetString(string name, PyObject src, PyObject dflt)
        {
            if (src == null) return dflt;
            if (src is PyNone) return null;
            if (!(src is PyStr || src is PyUnicode)) throw Ops.TypeError($"\"{name}\" must be a string");
            return src;
        }

        static int SetInt(string name, PyObject src, int dflt)
        {
            if (src == null) return dflt;
            if (!(src is PyInt || src is PyLong)) throw Ops.TypeError($"\"{name}\" must be an integer");
            return (int)CsvText.AsCLong(src);
        }

        static PyObject CharOrNone(byte c) => c == 0 ? PyNone.None : PyStr.FromByte(c);

        static CsvDialect D(PyObject o) => (CsvDialect)o;

        // _csv.c declares some settings as members (TypeError on assignment), others as getters.
        static void ReadOnly(PyObject o, PyObject v) => throw Ops.TypeError("readonly attribute");

        static Action<PyObject, PyObject> NotWritable(string name) =>
            (o, v) => throw Ops.AttributeError($"attribute '{name}' of '_csv.Dialect' objects is not writable");

        static void Populate(PyType t)
        {
            t.Define("__module__", PyStr.FromString("_csv"));
            t.Define("__doc__", PyStr.FromString("CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n"));
            t.Constructor = New;
            t.DefProperty("delimiter", o => CharOrNone(D(o).Delimiter), ReadOnly);
            t.DefProperty("doublequote", o => PyInt.From(D(o).DoubleQuote ? 1 : 0), ReadOnly);
            t.DefProperty("escapechar", o => CharOrNone(D(o).EscapeChar), NotWritable("escapechar"));
            t.DefProperty("lineterminator", o => D(o).LineTerminator, NotWritable("lineterminator"));
            t.DefProperty("quotechar", o => CharOrNone(D(o).QuoteChar), NotWritable("quotechar"));
            t.DefProperty("quoting", o => PyInt.From(D(o).Quoting), NotWritable("quoting"));
            t.DefProperty("skipinitialspace", o => PyInt.From(D(o).SkipInitialSpace ? 1 : 0), ReadOnly);
            t.DefProperty("strict", o => PyInt.From(D(o).Strict ? 1 : 0), ReadOnly);
        }
    }
}
