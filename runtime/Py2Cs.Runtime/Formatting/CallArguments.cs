using System;

namespace Py2Cs.Runtime.Formatting
{
    /// <summary>Splits a raw call (positional values followed by keyword values) into *args and **kwargs.</summary>
    internal static class CallArguments
    {
        public static PyObject Call(PyObject[] args, PyStr[] kwNames, Func<PyObject[], PyDict, PyObject> f)
        {
            int k = kwNames?.Length ?? 0;
            var positional = new PyObject[args.Length - k];
            Array.Copy(args, positional, positional.Length);
            PyDict kwargs = null;
            if (k > 0)
            {
                kwargs = new PyDict();
                for (int i = 0; i < k; i++) kwargs.SetItem(kwNames[i], args[positional.Length + i]);
            }
            return f(positional, kwargs);
        }
    }
}
