#pragma warning disable CS8981 // the module class is named as in Python
namespace Py2Cs.Runtime
{
    /// <summary>The <c>bisect</c> module of Python 2.7 (_bisect.c): binary search over any sequence
    /// using only <c>&lt;</c>; insort inserts with list.insert (or the object's insert method).</summary>
    [PythonModule("bisect")]
    public static class bisect
    {
        static long Hi(PyObject a, PyObject hi)
        {
            if (hi == null) return Ops.Len(a);
            long h = Ops.IndexToLongArg(hi is PyInt or PyLong or PyBool ? hi : throw Ops.TypeError("an integer is required"));
            return h < 0 ? Ops.Len(a) : h;
        }

        static long Lo(PyObject lo)
        {
            if (lo == null) return 0;
            long l = Ops.IndexToLongArg(lo is PyInt or PyLong or PyBool ? lo : throw Ops.TypeError("an integer is required"));
            if (l < 0) throw Ops.ValueError("lo must be non-negative");
            return l;
        }

        static long Right(PyObject a, PyObject x, PyObject lo, PyObject hi)
        {
            long l = Lo(lo), h = Hi(a, hi);
            while (l < h)
            {
                long mid = (l + h) / 2;
                if (Ops.Less(x, Ops.GetItem(a, PyInt.From(mid)))) h = mid; else l = mid + 1;
            }
            return l;
        }

        static long Left(PyObject a, PyObject x, PyObject lo, PyObject hi)
        {
            long l = Lo(lo), h = Hi(a, hi);
            while (l < h)
            {
                long mid = (l + h) / 2;
                if (Ops.Less(Ops.GetItem(a, PyInt.From(mid)), x)) l = mid + 1; else h = mid;
            }
            return l;
        }

        static void Insert(PyObject a, long index, PyObject x)
        {
            if (a is PyList l && l.Type == PyList.TypeObject) l.Insert(index, x);
            else Ops.CallMethod(a, "insert", PyInt.From(index), x);
        }

        public static PyObject bisect_right(PyObject a, PyObject x, PyObject lo = null, PyObject hi = null) => PyInt.From(Right(a, x, lo, hi));
        [PythonName("bisect")] public static PyObject bisect_(PyObject a, PyObject x, PyObject lo = null, PyObject hi = null) => PyInt.From(Right(a, x, lo, hi));
        public static PyObject bisect_left(PyObject a, PyObject x, PyObject lo = null, PyObject hi = null) => PyInt.From(Left(a, x, lo, hi));
        public static void insort_right(PyObject a, PyObject x, PyObject lo = null, PyObject hi = null) => Insert(a, Right(a, x, lo, hi), x);
        public static void insort(PyObject a, PyObject x, PyObject lo = null, PyObject hi = null) => Insert(a, Right(a, x, lo, hi), x);
        public static void insort_left(PyObject a, PyObject x, PyObject lo = null, PyObject hi = null) => Insert(a, Left(a, x, lo, hi), x);
    }
}
