#pragma warning disable CS8981 // the module class is named as in Python
namespace Py2Cs.Runtime
{
    /// <summary>The <c>anydbm</c> module of Python 2.7: opens an existing database with the module
    /// whichdb names, and creates new ones with the first available backend — dumbdbm here, the only
    /// dbm backend this runtime has (docs/persistence.md).</summary>
    [PythonModule("anydbm")]
    public static class anydbm
    {
        public static readonly PyObject error = PyTuple.Create(
            new Modules.getopt.PythonClassBuilder("anydbm", "error", PyExceptionTypes.Exception).Build(), PyExceptionTypes.IOError);

        static PythonException Error(string message) => Ops.Error((PyType)((PyTuple)error)[0], message);

        public static PyObject open(PyObject file, PyObject flag = null, PyObject mode = null)
        {
            string f = flag == null ? "r" : Ops.Str(flag).ToString();
            var result = whichdb.whichdb_(file);
            PyObject module;
            if (result is PyNone)
            {
                if (!f.Contains('c') && !f.Contains('n')) throw Error("need 'c' or 'n' flag to open new db");
                module = Importer.ImportModule("dumbdbm");
            }
            else if (Ops.Str(result).Length == 0) throw Error("db type could not be determined");
            else module = Importer.ImportModule(Ops.Str(result).ToString());
            return Ops.CallMethod(module, "open", file, PyStr.FromString(f), mode ?? PyInt.From(438));
        }
    }
}
