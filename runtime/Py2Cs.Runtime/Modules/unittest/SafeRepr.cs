using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime.Modules.unittest
{
    /// <summary>unittest.util's safe_repr and strclass: the reprs every assertion message is built from.</summary>
    internal static class SafeRepr
    {
        private const int MaxLength = 80;

        /// <summary>repr(obj), falling back to object.__repr__ when the object's own repr raises;
        /// with <paramref name="shortForm"/> a repr of 80+ characters is cut to 80 and marked.</summary>
        public static PyObject Of(PyObject obj, bool shortForm = false)
        {
            PyObject result;
            try { result = Ops.Repr(obj); }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.Exception))
            {
                result = Ops.Call(Get(PyType.ObjectType, "__repr__"), obj);
            }
            if (!shortForm || Ops.Len(result) < MaxLength) return result;
            return Ops.Add(Ops.GetSlice(result, PyInt.From(0), PyInt.From(MaxLength)), S(" [truncated]..."));
        }

        public static string Text(PyObject obj, bool shortForm = false) => argparse.PythonValues.Text(Of(obj, shortForm));

        /// <summary>"module.Name" of a class.</summary>
        public static string StrClass(PyObject cls) => argparse.PythonValues.Text(Get(cls, "__module__")) + "." + argparse.PythonValues.Text(Get(cls, "__name__"));
    }
}
