using System.Runtime.CompilerServices;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime.Modules.unittest
{
    /// <summary>
    /// unittest.signals (2.7): -c/--catch support. The first control-C asks every registered result
    /// to stop after the current test; a second one goes to the previous SIGINT handler.
    /// </summary>
    internal static class Signals
    {
        private static PyObject None => PyNone.None;

        // Results are weakly held, as 2.7's WeakKeyDictionary holds them.
        private static readonly ConditionalWeakTable<PyObject, object> Results = new ConditionalWeakTable<PyObject, object>();

        private static PyObject InterruptHandler;
        private static PyObject OriginalHandler;
        private static bool Called;

        private static PyObject Signal => Importer.ImportModule("signal");

        public static PyObject RegisterResult(PyObject result)
        {
            Results.AddOrUpdate(result, null);
            return None;
        }

        public static PyObject RemoveResult(PyObject result) => PyBool.From(Results.Remove(result));

        private static PyObject DefaultHandler()
        {
            PyObject original = OriginalHandler;
            if (original is PyInt i)
            {
                if (Ops.Eq(i, Get(Signal, "SIG_DFL"))) return Get(Signal, "default_int_handler");
                if (Ops.Eq(i, Get(Signal, "SIG_IGN"))) return NativeFunction.Create("default_handler", (s, f) => None);
                throw Ops.TypeError("expected SIGINT signal handler to be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
            }
            return original;
        }

        public static PyObject InstallHandler()
        {
            if (InterruptHandler != null) return None;
            OriginalHandler = Call(Signal, "getsignal", Get(Signal, "SIGINT"));
            PyObject defaultHandler = DefaultHandler();
            PyObject handler = null;
            handler = NativeFunction.Create("_InterruptHandler", (signum, frame) =>
            {
                PyObject installed = Call(Signal, "getsignal", Get(Signal, "SIGINT"));
                if (!ReferenceEquals(installed, handler)) Ops.Call(defaultHandler, signum, frame);
                if (Called) Ops.Call(defaultHandler, signum, frame);
                Called = true;
                foreach (var entry in Results) Call(entry.Key, "stop");
                return None;
            });
            InterruptHandler = handler;
            Call(Signal, "signal", Get(Signal, "SIGINT"), handler);
            return None;
        }

        public static PyObject RemoveHandler(PyObject method)
        {
            if (method != null && !IsNone(method))
            {
                var inner = PyFunction.WithBoundArguments(new FunctionSignature("inner", new string[0], "args", "kwargs"), a =>
                {
                    PyObject initial = Call(Signal, "getsignal", Get(Signal, "SIGINT"));
                    RemoveHandler(null);
                    try
                    {
                        return Ops.CallEx(method, new PyObject[0], new PyStr[0], a[0], a[1]);
                    }
                    finally
                    {
                        Call(Signal, "signal", Get(Signal, "SIGINT"), initial);
                    }
                });
                return Ops.Call(Ops.GetAttr(Importer.ImportModule("functools"), PyStr.Intern("update_wrapper")), inner, method);
            }
            if (InterruptHandler != null) Call(Signal, "signal", Get(Signal, "SIGINT"), OriginalHandler);
            return None;
        }
    }
}
