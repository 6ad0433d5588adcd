#pragma warning disable CS8981 // the module class is named as in Python
using Py2Cs.Runtime.Modules.getopt;
using Py2Cs.Runtime.Modules.pickle;

namespace Py2Cs.Runtime
{
    /// <summary>The <c>cPickle</c> module of Python 2.7: pickle's algorithm with cPickle's own classes
    /// and messages (docs/persistence.md).</summary>
    [PythonModule("cPickle")]
    public static class cPickle
    {
        internal static readonly PickleClasses Classes = new("cPickle", isCPickle: true);

        public static readonly PyObject HIGHEST_PROTOCOL = PyInt.From(2);
        public static readonly PyObject format_version = PyStr.FromString("2.0");
        public static readonly PyObject compatible_formats = PyList.Create(PyStr.FromString("1.0"), PyStr.FromString("1.1"),
            PyStr.FromString("1.2"), PyStr.FromString("1.3"), PyStr.FromString("2.0"));
        public static readonly PyObject PickleError = Classes.PickleError, PicklingError = Classes.PicklingError,
            UnpicklingError = Classes.UnpicklingError, Pickler = Classes.Pickler, Unpickler = Classes.Unpickler;
        public static readonly PyObject UnpickleableError = new PythonClassBuilder("cPickle", "UnpickleableError", Classes.PicklingError).Build();
        public static readonly PyObject BadPickleGet = new PythonClassBuilder("cPickle", "BadPickleGet", Classes.UnpicklingError).Build();

        public static PyObject dump(PyObject obj, PyObject file, PyObject protocol = null) => Classes.Dump(obj, file, protocol);
        public static PyObject dumps(PyObject obj, PyObject protocol = null) => Classes.Dumps(obj, protocol);
        public static PyObject load(PyObject file) => Classes.Load(file);
        public static PyObject loads(PyObject @string) => Classes.Loads(@string);
    }
}
