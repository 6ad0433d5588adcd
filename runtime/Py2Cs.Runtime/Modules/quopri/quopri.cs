#pragma warning disable CS8981 // the module class is named as in Python
namespace Py2Cs.Runtime
{
    /// <summary>
    /// quopri (RFC 1521 quoted-printable) as 2.7's quopri.py with binascii present: the conversions are
    /// binascii.b2a_qp/a2b_qp; encode/decode read the whole input file through its Python read() and
    /// write once, and the character helpers (needsquoting, quote, ishex, unhex) are the module's own.
    /// </summary>
    [PythonModule("quopri")]
    public static class quopri
    {
        public static readonly PyObject ESCAPE = PyStr.FromString("=");
        public static readonly PyObject MAXLINESIZE = PyInt.From(76);
        public static readonly PyObject HEX = PyStr.FromString("0123456789ABCDEF");
        public static readonly PyObject EMPTYSTRING = PyStr.FromString("");
        public static readonly PyObject __all__ = PyList.FromArray(new PyObject[]
            { PyStr.FromString("encode"), PyStr.FromString("decode"), PyStr.FromString("encodestring"), PyStr.FromString("decodestring") });

        public static PyObject b2a_qp([Kwargs] PyDict kwargs, params PyObject[] args) => binascii.b2a_qp(kwargs, args);
        public static PyObject a2b_qp([Kwargs] PyDict kwargs, params PyObject[] args) => binascii.a2b_qp(kwargs, args);

        static PyDict Flags(params (string Name, PyObject Value)[] flags)
        {
            var d = new PyDict();
            foreach (var (name, value) in flags) d.SetStr(name, value);
            return d;
        }

        public static PyObject encode(PyObject input, PyObject output, PyObject quotetabs, PyObject header = null)
        {
            var data = Ops.CallMethod(input, "read");
            var encoded = binascii.b2a_qp(Flags(("quotetabs", quotetabs), ("header", header ?? PyInt.From(0))), data);
            Ops.CallMethod(output, "write", encoded);
            return PyNone.None;
        }

        public static PyObject decode(PyObject input, PyObject output, PyObject header = null)
        {
            var data = Ops.CallMethod(input, "read");
            var decoded = binascii.a2b_qp(Flags(("header", header ?? PyInt.From(0))), data);
            Ops.CallMethod(output, "write", decoded);
            return PyNone.None;
        }

        public static PyObject encodestring(PyObject s, PyObject quotetabs = null, PyObject header = null) =>
            binascii.b2a_qp(Flags(("quotetabs", quotetabs ?? PyInt.From(0)), ("header", header ?? PyInt.From(0))), s);

        public static PyObject decodestring(PyObject s, PyObject header = null) =>
            binascii.a2b_qp(Flags(("header", header ?? PyInt.From(0))), s);

        /// <summary>quopri.py's needsquoting: blanks per quotetabs, '_' per header, '=' and non-printables always.</summary>
        public static PyObject needsquoting(PyObject c, PyObject quotetabs, PyObject header)
        {
            if (Ops.Contains(PyStr.FromString(" \t"), c)) return quotetabs;
            if (Ops.Eq(c, PyStr.FromString("_"))) return header;
            bool printable = Ops.LessEqual(PyStr.FromString(" "), c) && Ops.LessEqual(c, PyStr.FromString("~"));
            return PyBool.From(Ops.Eq(c, ESCAPE) || !printable);
        }

        public static PyObject quote(PyObject c)
        {
            long i = Ord(c);
            string hex = "0123456789ABCDEF";
            return Ops.Add(ESCAPE, PyStr.FromString(new string(new[] { hex[(int)(i / 16) % 16], hex[(int)(i % 16)] })));
        }

        static long Ord(PyObject c) => c switch
        {
            PyStr s when s.Bytes.Length == 1 => s.Bytes[0],
            PyUnicode u when u.Value.Length == 1 => u.Value[0],
            PyStr or PyUnicode => throw Ops.TypeError($"ord() expected a character, but string of length {c.Len()} found"),
            _ => throw Ops.TypeError($"ord() expected string of length 1, but {c.TypeName} found"),
        };

        public static PyObject ishex(PyObject c)
        {
            bool Between(string lo, string hi) =>
                Ops.LessEqual(PyStr.FromString(lo), c) && Ops.LessEqual(c, PyStr.FromString(hi));
            return PyBool.From(Between("0", "9") || Between("a", "f") || Between("A", "F"));
        }

        public static PyObject unhex(PyObject s)
        {
            PyObject bits = PyInt.From(0);
            foreach (var c in Ops.Enumerate(s))
            {
                string ch = Ops.StrValue(c);
                int d = ch.Length != 1 ? -1 : ch[0] >= '0' && ch[0] <= '9' ? ch[0] - '0' : ch[0] >= 'a' && ch[0] <= 'f' ? ch[0] - 'a' + 10 : ch[0] >= 'A' && ch[0] <= 'F' ? ch[0] - 'A' + 10 : -1;
                if (d < 0) break;
                bits = Ops.Add(Ops.Multiply(bits, PyInt.From(16)), PyInt.From(d));
            }
            return bits;
        }

        public static void __init__(PyModule m) =>
            m["__doc__"] = PyStr.FromString("Conversions to/from quoted-printable transport encoding as per RFC 1521.");
    }
}
