using System.Numerics;

namespace Py2Cs.Runtime;

/// <summary>Arithmetic, bitwise and unary operators (CPython's abstract.c binary_op1 rules).</summary>
public static partial class Ops
{
    public static PyObject Add(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y && a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt))
        {
            long r = unchecked(x.Value + y.Value);
            if (((x.Value ^ r) & (y.Value ^ r)) >= 0) return PyInt.From(r);
        }
        if (a.GetType() == typeof(PyStr) && b.GetType() == typeof(PyStr)) return ((PyStr)a).Concat((PyStr)b);
        return NumberOp(BinaryOperator.Add, a, b);
    }

    public static PyObject Subtract(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y && a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt))
        {
            long r = unchecked(x.Value - y.Value);
            if (((x.Value ^ r) & (~y.Value ^ r)) >= 0) return PyInt.From(r);
        }
        return NumberOp(BinaryOperator.Subtract, a, b);
    }

    public static PyObject Multiply(PyObject a, PyObject b) => NumberOp(BinaryOperator.Multiply, a, b);
    /// <summary>Python 2's classic <c>/</c> (floor division for integers).</summary>
    public static PyObject Divide(PyObject a, PyObject b) => NumberOp(BinaryOperator.Divide, a, b);
    /// <summary><c>/</c> under <c>from __future__ import division</c>.</summary>
    public static PyObject TrueDivide(PyObject a, PyObject b) => NumberOp(BinaryOperator.TrueDivide, a, b);
    public static PyObject FloorDivide(PyObject a, PyObject b) => NumberOp(BinaryOperator.FloorDivide, a, b);
    public static PyObject Modulo(PyObject a, PyObject b) => NumberOp(BinaryOperator.Modulo, a, b);
    public static PyObject Power(PyObject a, PyObject b) => NumberOp(BinaryOperator.Power, a, b);
    public static PyObject LeftShift(PyObject a, PyObject b) => NumberOp(BinaryOperator.LeftShift, a, b);
    public static PyObject RightShift(PyObject a, PyObject b) => NumberOp(BinaryOperator.RightShift, a, b);
    public static PyObject BitAnd(PyObject a, PyObject b) => NumberOp(BinaryOperator.And, a, b);
    public static PyObject BitOr(PyObject a, PyObject b) => NumberOp(BinaryOperator.Or, a, b);
    public static PyObject BitXor(PyObject a, PyObject b) => NumberOp(BinaryOperator.Xor, a, b);

    /// <summary><c>a op b</c> with the exact built-in int and float cases first. For those the full
    /// protocol would end in the same <see cref="IntArithmetic"/>/<see cref="FloatArithmetic"/> call
    /// (int op float is float's reflected method on the converted int), so skipping the type
    /// look-ups and virtual calls changes nothing but the cost.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    static PyObject NumberOp(BinaryOperator op, PyObject a, PyObject b) => NumberOpOrNull(op, a, b) ?? BinaryOp(op, a, b);

    /// <summary>The exact int/float cases of <see cref="NumberOp"/>; null for anything else.</summary>
    static PyObject NumberOpOrNull(BinaryOperator op, PyObject a, PyObject b)
    {
        System.Type ta = a.GetType(), tb = b.GetType();
        if (ta == typeof(PyInt))
        {
            if (tb == typeof(PyInt)) return IntArithmetic.Apply(op, ((PyInt)a).Value, ((PyInt)b).Value);
            if (tb == typeof(PyFloat)) return FloatArithmetic.Apply(op, ((PyInt)a).Value, ((PyFloat)b).Value);
        }
        else if (ta == typeof(PyFloat))
        {
            if (tb == typeof(PyFloat)) return FloatArithmetic.Apply(op, ((PyFloat)a).Value, ((PyFloat)b).Value);
            if (tb == typeof(PyInt)) return FloatArithmetic.Apply(op, ((PyFloat)a).Value, ((PyInt)b).Value);
        }
        return null;
    }

    /// <summary><c>a op b</c> with the full protocol: the left operand's method, then the right
    /// operand's reflected method (first when the right type is a Python subclass of the left).</summary>
    public static PyObject BinaryOp(BinaryOperator op, PyObject a, PyObject b)
    {
        var r = BinaryOpOrNull(op, a, b);
        if (r != null) return r;
        throw BinaryOpError(op, a, b, inPlace: false);
    }

    static PyObject BinaryOpOrNull(BinaryOperator op, PyObject a, PyObject b)
    {
        PyType ta = a.Type, tb = b.Type;
        PyObject r;
        if (!ReferenceEquals(ta, tb) && !tb.IsBuiltin && tb.IsSubtypeOf(ta) && !ta.IsClassic)
        {
            r = b.ReflectedBinaryOp(op, a);
            if (r != null) return r;
            return a.BinaryOp(op, b);
        }
        r = a.BinaryOp(op, b);
        if (r != null) return r;
        if (!ReferenceEquals(ta, tb) || ta.IsClassic)
        {
            r = b.ReflectedBinaryOp(op, a);
            if (r != null) return r;
        }
        return Coerced(op, a, b);
    }

    /// <summary>Classic-instance <c>__coerce__</c>: coerce, then retry the operator on the results.</summary>
    static PyObject Coerced(BinaryOperator op, PyObject a, PyObject b)
    {
        var coerced = TryCoerce(a, b) ?? SwapPair(TryCoerce(b, a));
        if (coerced == null) return null;
        var (ca, cb) = coerced.Value;
        if (ca is PyInstance || cb is PyInstance) return ca.BinaryOp(op, cb);
        return BinaryOpOrNull(op, ca, cb);
    }

    static (PyObject, PyObject)? SwapPair((PyObject, PyObject)? p) => p == null ? null : (p.Value.Item2, p.Value.Item1);

    static (PyObject, PyObject)? TryCoerce(PyObject a, PyObject b)
    {
        if (a is not PyInstance inst || !inst.IsClassic) return null;
        var m = inst.Type.Lookup(PyStr.Intern("__coerce__"));
        if (m == null) return null;
        var r = CallWithSelf(m, a, b);
        if (r is PyNone || ReferenceEquals(r, PyNotImplemented.Value)) return null;
        if (r is not PyTuple t || t.Count != 2) throw TypeError("coercion should return None or 2-tuple");
        return (t[0], t[1]);
    }

    static PythonException BinaryOpError(BinaryOperator op, PyObject a, PyObject b, bool inPlace)
    {
        if (op == BinaryOperator.Add)
        {
            if (a is PyStr && b is not PyUnicode) return TypeError($"cannot concatenate 'str' and '{b.TypeName}' objects");
            if (a is PyUnicode || (a is PyStr && b is PyUnicode)) return TypeError($"coercing to Unicode: need string or buffer, {(a is PyUnicode ? b : a).TypeName} found");
            if (a is PyList) return TypeError($"can only concatenate list (not \"{b.TypeName}\") to list");
            if (a is PyTuple) return TypeError($"can only concatenate tuple (not \"{b.TypeName}\") to tuple");
        }
        if (op == BinaryOperator.Multiply)
        {
            if (IsSequence(a)) return TypeError($"can't multiply sequence by non-int of type '{b.TypeName}'");
            if (IsSequence(b)) return TypeError($"can't multiply sequence by non-int of type '{a.TypeName}'");
        }
        if (op == BinaryOperator.Modulo && (a is PyStr || a is PyUnicode))
            return TypeError("not all arguments converted during string formatting");
        string sym = inPlace ? OperatorNames.InPlaceSymbol(op) : OperatorNames.Symbol(op);
        if (op == BinaryOperator.Power && inPlace) sym = "**=";
        return TypeError($"unsupported operand type(s) for {sym}: '{a.TypeName}' and '{b.TypeName}'");
    }

    static bool IsSequence(PyObject o) => o is PyStr || o is PyUnicode || o is PyList || o is PyTuple || o is IByteSequence;

    /// <summary><c>a op= b</c>: the in-place method, else the binary operator.</summary>
    public static PyObject InPlaceOp(BinaryOperator op, PyObject a, PyObject b)
    {
        // int and float have no in-place methods: between them `x += 1` is `x + 1`.
        var fast = NumberOpOrNull(op, a, b);
        if (fast != null) return fast;
        if (op == BinaryOperator.Add && a.GetType() == typeof(PyStr) && b.GetType() == typeof(PyStr)) return ((PyStr)a).Concat((PyStr)b);
        var r = a.InPlaceOp(op, b);
        if (r != null) return r;
        r = BinaryOpOrNull(op, a, b);
        if (r != null) return r;
        throw BinaryOpError(op, a, b, inPlace: true);
    }

    public static PyObject InPlaceAdd(PyObject a, PyObject b)
    {
        if (a is PyInt && b is PyInt && a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt)) return Add(a, b);
        return InPlaceOp(BinaryOperator.Add, a, b);
    }

    /// <summary>Three-argument <c>pow(a, b, m)</c>.</summary>
    public static PyObject Power(PyObject a, PyObject b, PyObject modulus)
    {
        if (modulus == null || modulus is PyNone) return Power(a, b);
        var r = a.TernaryPower(b, modulus);
        if (r != null) return r;
        throw TypeError($"unsupported operand type(s) for pow(): '{a.TypeName}', '{b.TypeName}', '{modulus.TypeName}'");
    }

    public static PyObject Negative(PyObject a) => a.Negative();
    public static PyObject Positive(PyObject a) => a.Positive();
    public static PyObject Invert(PyObject a) => a.Invert();
    public static PyObject Absolute(PyObject a) => a.Absolute();

    /// <summary><c>not a</c>.</summary>
    public static PyBool Not(PyObject a) => IsTrue(a) ? PyBool.False : PyBool.True;

    /// <summary><c>divmod(a, b)</c>.</summary>
    public static PyObject DivMod(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y)
        {
            if (y.Value == 0) throw ZeroDivisionError("integer division or modulo by zero");
            if (x.Value == long.MinValue && y.Value == -1) return PyTuple.Create(new PyLong(-(BigInteger)x.Value), PyInt.Zero);
            return PyTuple.Create(PyInt.From(IntArithmetic.FloorDiv(x.Value, y.Value)), PyInt.From(IntArithmetic.FloorMod(x.Value, y.Value)));
        }
        if ((a is PyInt || a is PyLong) && (b is PyInt || b is PyLong))
        {
            BigInteger p = ToBigInteger(a), q = ToBigInteger(b);
            if (q.IsZero) throw ZeroDivisionError("long division or modulo by zero");
            return PyTuple.Create(new PyLong(LongArithmetic.FloorDiv(p, q)), new PyLong(LongArithmetic.FloorMod(p, q)));
        }
        if (PyFloat.TryCoerce(a, out double fa) && PyFloat.TryCoerce(b, out double fb) && (a is PyFloat || b is PyFloat))
        {
            if (fb == 0) throw ZeroDivisionError("float divmod()");
            var (d, m) = FloatArithmetic.DivMod(fa, fb);
            return PyTuple.Create(new PyFloat(d), new PyFloat(m));
        }
        var special = CallSpecialOrNull(a, "__divmod__", b) ?? CallSpecialOrNull(b, "__rdivmod__", a);
        if (special != null) return special;
        throw TypeError($"unsupported operand type(s) for divmod(): '{a.TypeName}' and '{b.TypeName}'");
    }

    static PyObject CallSpecialOrNull(PyObject self, string name, PyObject arg)
    {
        var m = self.Type.Lookup(name);
        if (m == null) return null;
        var r = CallWithSelf(m, self, arg);
        return ReferenceEquals(r, PyNotImplemented.Value) ? null : r;
    }

    /// <summary>Sequence repetition helper: null when <paramref name="count"/> is not an integer.</summary>
    public static PyObject SequenceRepeatOrNull(PyObject seq, PyObject count, System.Func<long, PyObject> repeat)
    {
        var n = count.Index();
        if (n == null) return null;
        long times;
        if (n is PyInt i) times = i.Value;
        else
        {
            var big = ((PyLong)n).Value;
            if (big > long.MaxValue) throw OverflowError("cannot fit 'long' into an index-sized integer");
            times = big < 0 ? 0 : (long)big;
        }
        return repeat(times);
    }
}

/// <summary>Marker for byte-array-like sequences (bytearray, buffer) in operator error messages.</summary>
public interface IByteSequence { }
