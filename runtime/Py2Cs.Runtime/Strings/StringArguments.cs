using System.Numerics;

namespace Py2Cs.Runtime.Strings
{
    /// <summary>
    /// Argument conversions of the str/unicode methods, with CPython 2.7's error messages
    /// (null means "not given").
    /// </summary>
    internal static class StringArguments
    {
        /// <summary>A start/end argument: None or absent gives the default; big values clamp.</summary>
        public static int SliceIndex(PyObject o, int defaultValue)
        {
            if (o == null || o is PyNone) return defaultValue;
            if (o is PyInt i) return (int)System.Math.Clamp(i.Value, int.MinValue, int.MaxValue);
            if (o is PyLong l) return l.Value.Sign < 0 ? int.MinValue : int.MaxValue;
            PyObject index = o.Index();
            if (index != null) return SliceIndex(index, defaultValue);
            throw Ops.TypeError("slice indices must be integers or None or have an __index__ method");
        }

        /// <summary>A C long argument ("l"/"n" in PyArg_ParseTuple): floats are refused.</summary>
        public static long Integer(PyObject o, long defaultValue)
        {
            if (o == null) return defaultValue;
            if (o is PyInt i) return i.Value;
            if (o is PyLong l)
            {
                if (l.Value < long.MinValue || l.Value > long.MaxValue)
                    throw Ops.OverflowError("Python int too large to convert to C long");
                return (long)l.Value;
            }
            if (o is PyFloat) throw Ops.TypeError("integer argument expected, got float");
            PyObject converted = o.Index() ?? (o.IsNumber ? o.ToInt() : null);
            if (converted is PyInt ci) return ci.Value;
            if (converted is PyLong) return Integer(converted, defaultValue);
            throw Ops.TypeError("an integer is required");
        }

        /// <summary>A width that must fit in memory: huge values fail as CPython's do.</summary>
        public static int Width(PyObject o)
        {
            long w = Integer(o, 0);
            if (w > int.MaxValue) throw Ops.OverflowError("join() result is too long for a Python string");
            return (int)System.Math.Max(w, int.MinValue);
        }

        public static int MaxSplit(PyObject o)
        {
            long m = Integer(o, -1);
            return m < 0 ? -1 : (int)System.Math.Min(m, int.MaxValue);
        }

        /// <summary>An optional str argument such as an encoding name.</summary>
        public static string OptionalString(PyObject o, string function, int position, string defaultValue)
        {
            if (o == null) return defaultValue;
            if (o is PyStr s) return s.ToString();
            if (o is PyUnicode u) return u.Value;
            throw Ops.TypeError($"{function}() argument {position} must be string, not {o.TypeName}");
        }
    }
}
