#pragma warning disable CS8981 // the module class is named as in Python
using System;
using Py2Cs.Runtime.Modules.@operator;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// The <c>operator</c> module of Python 2.7: every operator as a function (with its <c>__x__</c>
    /// alias, kept as a separate built-in as CPython does), the in-place forms, the sequence helpers and
    /// the itemgetter/attrgetter/methodcaller types.
    /// </summary>
    [PythonModule("operator")]
    public static class @operator
    {
        public static readonly PyObject itemgetter = ItemGetter.TypeObject;
        public static readonly PyObject attrgetter = AttrGetter.TypeObject;
        public static readonly PyObject methodcaller = MethodCaller.TypeObject;

        // ---- comparisons -----------------------------------------------------------------------
        public static readonly PyObject lt = Unpacked("lt", "op_lt", (a, b) => Ops.RichCompare(a, b, CompareOperator.Less));
        public static readonly PyObject le = Unpacked("le", "op_le", (a, b) => Ops.RichCompare(a, b, CompareOperator.LessEqual));
        public static readonly PyObject eq = Unpacked("eq", "op_eq", (a, b) => Ops.RichCompare(a, b, CompareOperator.Equal));
        public static readonly PyObject ne = Unpacked("ne", "op_ne", (a, b) => Ops.RichCompare(a, b, CompareOperator.NotEqual));
        public static readonly PyObject ge = Unpacked("ge", "op_ge", (a, b) => Ops.RichCompare(a, b, CompareOperator.GreaterEqual));
        public static readonly PyObject gt = Unpacked("gt", "op_gt", (a, b) => Ops.RichCompare(a, b, CompareOperator.Greater));
        public static readonly PyObject __lt__ = Unpacked("__lt__", "op_lt", (a, b) => Ops.RichCompare(a, b, CompareOperator.Less));
        public static readonly PyObject __le__ = Unpacked("__le__", "op_le", (a, b) => Ops.RichCompare(a, b, CompareOperator.LessEqual));
        public static readonly PyObject __eq__ = Unpacked("__eq__", "op_eq", (a, b) => Ops.RichCompare(a, b, CompareOperator.Equal));
        public static readonly PyObject __ne__ = Unpacked("__ne__", "op_ne", (a, b) => Ops.RichCompare(a, b, CompareOperator.NotEqual));
        public static readonly PyObject __ge__ = Unpacked("__ge__", "op_ge", (a, b) => Ops.RichCompare(a, b, CompareOperator.GreaterEqual));
        public static readonly PyObject __gt__ = Unpacked("__gt__", "op_gt", (a, b) => Ops.RichCompare(a, b, CompareOperator.Greater));

        // ---- logic and identity ----------------------------------------------------------------
        public static PyObject not_(PyObject a) => Ops.Not(a);
        public static PyObject __not__(PyObject a) => Ops.Not(a);
        public static PyObject truth(PyObject a) => PyBool.From(Ops.IsTrue(a));
        public static readonly PyObject is_ = Unpacked("is_", "is_", (a, b) => PyBool.From(ReferenceEquals(a, b)));
        public static readonly PyObject is_not = Unpacked("is_not", "is_not", (a, b) => PyBool.From(!ReferenceEquals(a, b)));

        // ---- arithmetic ------------------------------------------------------------------------
        public static PyObject abs(PyObject a) => Ops.Absolute(a);
        public static PyObject __abs__(PyObject a) => Ops.Absolute(a);
        public static readonly PyObject add = Unpacked("add", "op_add", (a, b) => Ops.Add(a, b));
        public static readonly PyObject __add__ = Unpacked("__add__", "op_add", (a, b) => Ops.Add(a, b));
        public static readonly PyObject and_ = Unpacked("and_", "op_and_", (a, b) => Ops.BitAnd(a, b));
        public static readonly PyObject __and__ = Unpacked("__and__", "op_and_", (a, b) => Ops.BitAnd(a, b));
        public static readonly PyObject div = Unpacked("div", "op_div", (a, b) => Ops.Divide(a, b));
        public static readonly PyObject __div__ = Unpacked("__div__", "op_div", (a, b) => Ops.Divide(a, b));
        public static readonly PyObject floordiv = Unpacked("floordiv", "op_floordiv", (a, b) => Ops.FloorDivide(a, b));
        public static readonly PyObject __floordiv__ = Unpacked("__floordiv__", "op_floordiv", (a, b) => Ops.FloorDivide(a, b));
        public static PyObject index(PyObject a) => IndexOf(a);
        public static PyObject __index__(PyObject a) => IndexOf(a);
        public static PyObject inv(PyObject a) => Ops.Invert(a);
        public static PyObject __inv__(PyObject a) => Ops.Invert(a);
        public static PyObject invert(PyObject a) => Ops.Invert(a);
        public static PyObject __invert__(PyObject a) => Ops.Invert(a);
        public static readonly PyObject lshift = Unpacked("lshift", "op_lshift", (a, b) => Ops.LeftShift(a, b));
        public static readonly PyObject __lshift__ = Unpacked("__lshift__", "op_lshift", (a, b) => Ops.LeftShift(a, b));
        public static readonly PyObject mod = Unpacked("mod", "op_mod", (a, b) => Ops.Modulo(a, b));
        public static readonly PyObject __mod__ = Unpacked("__mod__", "op_mod", (a, b) => Ops.Modulo(a, b));
        public static readonly PyObject mul = Unpacked("mul", "op_mul", (a, b) => Ops.Multiply(a, b));
        public static readonly PyObject __mul__ = Unpacked("__mul__", "op_mul", (a, b) => Ops.Multiply(a, b));
        public static PyObject neg(PyObject a) => Ops.Negative(a);
        public static PyObject __neg__(PyObject a) => Ops.Negative(a);
        public static readonly PyObject or_ = Unpacked("or_", "op_or_", (a, b) => Ops.BitOr(a, b));
        public static readonly PyObject __or__ = Unpacked("__or__", "op_or_", (a, b) => Ops.BitOr(a, b));
        public static PyObject pos(PyObject a) => Ops.Positive(a);
        public static PyObject __pos__(PyObject a) => Ops.Positive(a);
        public static readonly PyObject pow = Unpacked("pow", "pow", (a, b) => Ops.Power(a, b));
        public static readonly PyObject __pow__ = Unpacked("__pow__", "pow", (a, b) => Ops.Power(a, b));
        public static readonly PyObject rshift = Unpacked("rshift", "op_rshift", (a, b) => Ops.RightShift(a, b));
        public static readonly PyObject __rshift__ = Unpacked("__rshift__", "op_rshift", (a, b) => Ops.RightShift(a, b));
        public static readonly PyObject sub = Unpacked("sub", "op_sub", (a, b) => Ops.Subtract(a, b));
        public static readonly PyObject __sub__ = Unpacked("__sub__", "op_sub", (a, b) => Ops.Subtract(a, b));
        public static readonly PyObject truediv = Unpacked("truediv", "op_truediv", (a, b) => Ops.TrueDivide(a, b));
        public static readonly PyObject __truediv__ = Unpacked("__truediv__", "op_truediv", (a, b) => Ops.TrueDivide(a, b));
        public static readonly PyObject xor = Unpacked("xor", "op_xor", (a, b) => Ops.BitXor(a, b));
        public static readonly PyObject __xor__ = Unpacked("__xor__", "op_xor", (a, b) => Ops.BitXor(a, b));

        // ---- sequences -------------------------------------------------------------------------
        static PyObject Concat(PyObject a, PyObject b) { CheckSequence(a, "concatenated"); return Ops.Add(a, b); }
        public static readonly PyObject __concat__ = Unpacked("__concat__", "op_concat", (a, b) => Concat(a, b));
        public static readonly PyObject contains = Unpacked("contains", "op_contains", (a, b) => PyBool.From(Contains(a, b)));
        public static readonly PyObject __contains__ = Unpacked("__contains__", "op_contains", (a, b) => PyBool.From(Contains(a, b)));
        public static readonly PyObject sequenceIncludes = Unpacked("sequenceIncludes", "sequenceIncludes", (a, b) => PyBool.From(Contains(a, b)));
        static PyObject CountOf(PyObject a, PyObject b)
        {
            long n = 0;
            var it = IterArgument(a);
            for (var x = it.Next(); x != null; x = it.Next()) if (ReferenceEquals(x, b) || Ops.Eq(x, b)) n++;
            return PyInt.From(n);
        }
        static PyObject IndexOfItem(PyObject a, PyObject b)
        {
            long i = 0;
            var it = IterArgument(a);
            for (var x = it.Next(); x != null; x = it.Next(), i++) if (ReferenceEquals(x, b) || Ops.Eq(x, b)) return PyInt.From(i);
            throw Ops.ValueError("sequence.index(x): x not in sequence");
        }
        public static readonly PyObject repeat = TakesExactly("repeat", "op_repeat", (a, b) => Repeat(a, b, inPlace: false));
        public static readonly PyObject __repeat__ = TakesExactly("__repeat__", "op_repeat", (a, b) => Repeat(a, b, inPlace: false));
        public static readonly PyObject getitem = Unpacked("getitem", "op_getitem", (a, b) => Ops.GetItem(a, b));
        public static readonly PyObject __getitem__ = Unpacked("__getitem__", "op_getitem", (a, b) => Ops.GetItem(a, b));
        public static readonly PyObject setitem = NativeFunction.Create("setitem", (a, b, c) => { Ops.SetItem(a, b, c); return PyNone.None; }, n => Ops.TypeError($"op_setitem expected 3 arguments, got {n}"));
        public static readonly PyObject __setitem__ = NativeFunction.Create("__setitem__", (a, b, c) => { Ops.SetItem(a, b, c); return PyNone.None; }, n => Ops.TypeError($"op_setitem expected 3 arguments, got {n}"));
        public static readonly PyObject delitem = Unpacked("delitem", "op_delitem", (a, b) => { Ops.DelItem(a, b); return PyNone.None; });
        public static readonly PyObject __delitem__ = Unpacked("__delitem__", "op_delitem", (a, b) => { Ops.DelItem(a, b); return PyNone.None; });
        public static PyObject getslice(PyObject a, PyObject b, PyObject c) => Ops.GetSlice(a, SliceIndex(b), SliceIndex(c));
        public static PyObject __getslice__(PyObject a, PyObject b, PyObject c) => getslice(a, b, c);
        public static void setslice(PyObject a, PyObject b, PyObject c, PyObject d) => Ops.SetSlice(a, SliceIndex(b), SliceIndex(c), d);
        public static void __setslice__(PyObject a, PyObject b, PyObject c, PyObject d) => setslice(a, b, c, d);
        public static void delslice(PyObject a, PyObject b, PyObject c) => Ops.DelSlice(a, SliceIndex(b), SliceIndex(c));
        public static void __delslice__(PyObject a, PyObject b, PyObject c) => delslice(a, b, c);

        // ---- in-place --------------------------------------------------------------------------
        public static readonly PyObject iadd = Unpacked("iadd", "op_iadd", (a, b) => Ops.InPlaceOp(BinaryOperator.Add, a, b));
        public static readonly PyObject __iadd__ = Unpacked("__iadd__", "op_iadd", (a, b) => Ops.InPlaceOp(BinaryOperator.Add, a, b));
        public static readonly PyObject iand = Unpacked("iand", "op_iand", (a, b) => Ops.InPlaceOp(BinaryOperator.And, a, b));
        public static readonly PyObject __iand__ = Unpacked("__iand__", "op_iand", (a, b) => Ops.InPlaceOp(BinaryOperator.And, a, b));
        static PyObject IConcat(PyObject a, PyObject b) { CheckSequence(a, "concatenated"); return Ops.InPlaceOp(BinaryOperator.Add, a, b); }
        public static readonly PyObject __iconcat__ = Unpacked("__iconcat__", "op_iconcat", (a, b) => IConcat(a, b));
        public static readonly PyObject idiv = Unpacked("idiv", "op_idiv", (a, b) => Ops.InPlaceOp(BinaryOperator.Divide, a, b));
        public static readonly PyObject __idiv__ = Unpacked("__idiv__", "op_idiv", (a, b) => Ops.InPlaceOp(BinaryOperator.Divide, a, b));
        public static readonly PyObject ifloordiv = Unpacked("ifloordiv", "op_ifloordiv", (a, b) => Ops.InPlaceOp(BinaryOperator.FloorDivide, a, b));
        public static readonly PyObject __ifloordiv__ = Unpacked("__ifloordiv__", "op_ifloordiv", (a, b) => Ops.InPlaceOp(BinaryOperator.FloorDivide, a, b));
        public static readonly PyObject ilshift = Unpacked("ilshift", "op_ilshift", (a, b) => Ops.InPlaceOp(BinaryOperator.LeftShift, a, b));
        public static readonly PyObject __ilshift__ = Unpacked("__ilshift__", "op_ilshift", (a, b) => Ops.InPlaceOp(BinaryOperator.LeftShift, a, b));
        public static readonly PyObject imod = Unpacked("imod", "op_imod", (a, b) => Ops.InPlaceOp(BinaryOperator.Modulo, a, b));
        public static readonly PyObject __imod__ = Unpacked("__imod__", "op_imod", (a, b) => Ops.InPlaceOp(BinaryOperator.Modulo, a, b));
        public static readonly PyObject imul = Unpacked("imul", "op_imul", (a, b) => Ops.InPlaceOp(BinaryOperator.Multiply, a, b));
        public static readonly PyObject __imul__ = Unpacked("__imul__", "op_imul", (a, b) => Ops.InPlaceOp(BinaryOperator.Multiply, a, b));
        public static readonly PyObject ior = Unpacked("ior", "op_ior", (a, b) => Ops.InPlaceOp(BinaryOperator.Or, a, b));
        public static readonly PyObject __ior__ = Unpacked("__ior__", "op_ior", (a, b) => Ops.InPlaceOp(BinaryOperator.Or, a, b));
        public static readonly PyObject ipow = Unpacked("ipow", "ipow", (a, b) => Ops.InPlaceOp(BinaryOperator.Power, a, b));
        public static readonly PyObject __ipow__ = Unpacked("__ipow__", "ipow", (a, b) => Ops.InPlaceOp(BinaryOperator.Power, a, b));
        public static readonly PyObject irepeat = TakesExactly("irepeat", "op_irepeat", (a, b) => Repeat(a, b, inPlace: true));
        public static readonly PyObject __irepeat__ = TakesExactly("__irepeat__", "op_irepeat", (a, b) => Repeat(a, b, inPlace: true));
        public static readonly PyObject irshift = Unpacked("irshift", "op_irshift", (a, b) => Ops.InPlaceOp(BinaryOperator.RightShift, a, b));
        public static readonly PyObject __irshift__ = Unpacked("__irshift__", "op_irshift", (a, b) => Ops.InPlaceOp(BinaryOperator.RightShift, a, b));
        public static readonly PyObject isub = Unpacked("isub", "op_isub", (a, b) => Ops.InPlaceOp(BinaryOperator.Subtract, a, b));
        public static readonly PyObject __isub__ = Unpacked("__isub__", "op_isub", (a, b) => Ops.InPlaceOp(BinaryOperator.Subtract, a, b));
        public static readonly PyObject itruediv = Unpacked("itruediv", "op_itruediv", (a, b) => Ops.InPlaceOp(BinaryOperator.TrueDivide, a, b));
        public static readonly PyObject __itruediv__ = Unpacked("__itruediv__", "op_itruediv", (a, b) => Ops.InPlaceOp(BinaryOperator.TrueDivide, a, b));
        public static readonly PyObject ixor = Unpacked("ixor", "op_ixor", (a, b) => Ops.InPlaceOp(BinaryOperator.Xor, a, b));
        public static readonly PyObject __ixor__ = Unpacked("__ixor__", "op_ixor", (a, b) => Ops.InPlaceOp(BinaryOperator.Xor, a, b));

        // ---- type predicates (deprecated in 2.7 but present) -----------------------------------
        public static PyObject isCallable(PyObject a) => PyBool.From(Ops.IsCallable(a));
        public static PyObject isSequenceType(PyObject a) => PyBool.From(TypeSlots.IsSequence(a));
        public static PyObject isMappingType(PyObject a) => PyBool.From(TypeSlots.IsMapping(a));
        public static PyObject isNumberType(PyObject a) => PyBool.From(TypeSlots.IsNumber(a));

        /// <summary>Constant-time comparison of two strings (hmac.compare_digest).</summary>
        public static readonly PyObject _compare_digest = TakesExactly("_compare_digest", "compare_digest", CompareDigest);

        static PyObject CompareDigest(PyObject a, PyObject b)
        {
            if (a is PyUnicode ua && b is PyUnicode ub)
            {
                string x = ua.ToString(), y = ub.ToString();
                if (!IsAscii(x) || !IsAscii(y)) throw Ops.TypeError("comparing strings with non-ASCII characters is not supported");
                return PyBool.From(FixedTimeEquals(System.Text.Encoding.Latin1.GetBytes(x), System.Text.Encoding.Latin1.GetBytes(y)));
            }
            if (a is PyStr sa && b is PyStr sb) return PyBool.From(FixedTimeEquals(sa.Bytes.ToArray(), sb.Bytes.ToArray()));
            if ((a is PyStr || a is PyUnicode) && (b is PyStr || b is PyUnicode))
                throw Ops.TypeError($"unsupported operand types(s) or combination of types: '{a.TypeName}' and '{b.TypeName}'");
            throw Ops.TypeError($"unsupported operand types(s) or combination of types: '{a.TypeName}' and '{b.TypeName}'");
        }

        static bool IsAscii(string s) { foreach (char c in s) if (c > 127) return false; return true; }
        static bool FixedTimeEquals(byte[] x, byte[] y) =>
            x.Length == y.Length && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(x, y);

        // ---- functions whose C version unpacks its arguments (their arity message differs)
        public static readonly PyObject concat = Unpacked("concat", "op_concat", (a, b) => Concat(a, b));
        public static readonly PyObject countOf = Unpacked("countOf", "countOf", (a, b) => CountOf(a, b));
        public static readonly PyObject indexOf = Unpacked("indexOf", "indexOf", (a, b) => IndexOfItem(a, b));
        public static readonly PyObject iconcat = Unpacked("iconcat", "op_iconcat", (a, b) => IConcat(a, b));

        static PyObject Unpacked(string name, string cName, Func<PyObject, PyObject, PyObject> f) =>
            NativeFunction.Create(name, f, n => Ops.TypeError($"{cName} expected 2 arguments, got {n}"));

        static PyObject TakesExactly(string name, string cName, Func<PyObject, PyObject, PyObject> f) =>
            NativeFunction.Create(name, f, n => Ops.TypeError($"{cName}() takes exactly 2 arguments ({n} given)"));

        // ---- shared rules ----------------------------------------------------------------------

        static PyObject IndexOf(PyObject a) => a.Index() ?? throw Ops.TypeError($"'{a.TypeName}' object cannot be interpreted as an index");

        static bool Contains(PyObject container, PyObject item)
        {
            if (!TypeSlots.SupportsContains(container))
                throw Ops.TypeError($"argument of type '{container.TypeName}' is not iterable");
            return Ops.In(item, container);
        }

        static PyObject IterArgument(PyObject a)
        {
            if (!TypeSlots.IsIterable(a)) throw Ops.TypeError($"argument of type '{a.TypeName}' is not iterable");
            return Ops.Iter(a);
        }

        static void CheckSequence(PyObject a, string what)
        {
            if (!TypeSlots.IsSequence(a)) throw Ops.TypeError($"'{a.TypeName}' object can't be {what}");
        }

        static PyObject Repeat(PyObject a, PyObject b, bool inPlace)
        {
            if (b is not PyInt && b is not PyLong && !(b is PyBool)) throw Ops.TypeError("an integer is required");
            CheckSequence(a, "repeated");
            return inPlace ? Ops.InPlaceOp(BinaryOperator.Multiply, a, b) : Ops.Multiply(a, b);
        }

        static PyObject SliceIndex(PyObject o)
        {
            // getslice/setslice/delslice take C ints ("an integer is required"), clamped like sq_slice.
            if (o is not PyInt && o is not PyLong) throw Ops.TypeError("an integer is required");
            return o;
        }
    }
}
