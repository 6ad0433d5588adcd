#pragma warning disable CS8981 // the module class is named as in Python
using Py2Cs.Runtime.Modules.pickle;

namespace Py2Cs.Runtime
{
    /// <summary>The <c>pickle</c> module of Python 2.7: protocols 0, 1 and 2 with the same bytes as
    /// CPython's pickle.py (docs/persistence.md).</summary>
    [PythonModule("pickle")]
    public static class pickle
    {
        internal static readonly PickleClasses Classes = new("pickle", isCPickle: false);

        public static readonly PyObject HIGHEST_PROTOCOL = PyInt.From(2);
        public static readonly PyObject format_version = PyStr.FromString("2.0");
        public static readonly PyObject compatible_formats = PyList.Create(PyStr.FromString("1.0"), PyStr.FromString("1.1"),
            PyStr.FromString("1.2"), PyStr.FromString("1.3"), PyStr.FromString("2.0"));
        public static readonly PyObject PickleError = Classes.PickleError, PicklingError = Classes.PicklingError,
            UnpicklingError = Classes.UnpicklingError, Pickler = Classes.Pickler, Unpickler = Classes.Unpickler;

        // The opcodes, as pickle.py exports them.
        public static readonly PyObject MARK = S("("), STOP = S("."), POP = S("0"), POP_MARK = S("1"), DUP = S("2"),
            FLOAT = S("F"), INT = S("I"), BININT = S("J"), BININT1 = S("K"), LONG = S("L"), BININT2 = S("M"),
            NONE = S("N"), PERSID = S("P"), BINPERSID = S("Q"), REDUCE = S("R"), STRING = S("S"), BINSTRING = S("T"),
            SHORT_BINSTRING = S("U"), UNICODE = S("V"), BINUNICODE = S("X"), APPEND = S("a"), BUILD = S("b"),
            GLOBAL = S("c"), DICT = S("d"), EMPTY_DICT = S("}"), APPENDS = S("e"), GET = S("g"), BINGET = S("h"),
            INST = S("i"), LONG_BINGET = S("j"), LIST = S("l"), EMPTY_LIST = S("]"), OBJ = S("o"), PUT = S("p"),
            BINPUT = S("q"), LONG_BINPUT = S("r"), SETITEM = S("s"), TUPLE = S("t"), EMPTY_TUPLE = S(")"),
            SETITEMS = S("u"), BINFLOAT = S("G"), TRUE = S("I01\n"), FALSE = S("I00\n"), PROTO = S("\x80"),
            NEWOBJ = S("\x81"), EXT1 = S("\x82"), EXT2 = S("\x83"), EXT4 = S("\x84"), TUPLE1 = S("\x85"),
            TUPLE2 = S("\x86"), TUPLE3 = S("\x87"), NEWTRUE = S("\x88"), NEWFALSE = S("\x89"), LONG1 = S("\x8a"),
            LONG4 = S("\x8b");

        static PyObject S(string s) => PyStr.FromString(s);

        public static PyObject dump(PyObject obj, PyObject file, PyObject protocol = null) => Classes.Dump(obj, file, protocol);
        public static PyObject dumps(PyObject obj, PyObject protocol = null) => Classes.Dumps(obj, protocol);
        public static PyObject load(PyObject file) => Classes.Load(file);
        public static PyObject loads(PyObject @string) => Classes.Loads(@string);
    }
}
