using System;
using System.Numerics;

namespace Py2Cs.Runtime;

/// <summary>datetime.timedelta: days, seconds (0..86399) and microseconds (0..999999), normalized as CPython.</summary>
public sealed class TimeDeltaObject : DatetimeValue
{
    public static readonly PyType TypeObject = PyType.Builtin("timedelta", () => PyType.ObjectType, Populate);

    public long Days { get; }
    public int Seconds { get; }
    public int Microseconds { get; }

    const long MaxDays = 999999999;
    static readonly string[] Names = { "days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks" };

    public TimeDeltaObject(long days, long seconds, long microseconds, PyType type = null) : base(type, TypeObject)
    {
        BigInteger total = ((BigInteger)days * 86400 + seconds) * 1000000 + microseconds;
        (Days, Seconds, Microseconds) = Normalize(total);
    }

    internal static (long, int, int) Normalize(BigInteger totalMicroseconds)
    {
        BigInteger us = totalMicroseconds;
        BigInteger s = BigInteger.DivRem(us, 1000000, out var usRem);
        if (usRem < 0) { usRem += 1000000; s -= 1; }
        BigInteger d = BigInteger.DivRem(s, 86400, out var sRem);
        if (sRem < 0) { sRem += 86400; d -= 1; }
        if (BigInteger.Abs(d) > MaxDays) throw Ops.OverflowError($"days={d}; must have magnitude <= {MaxDays}");
        return ((long)d, (int)sRem, (int)usRem);
    }

    public static TimeDeltaObject FromMicroseconds(BigInteger us) => Make(us);

    static TimeDeltaObject Make(BigInteger us)
    {
        var (d, s, u) = Normalize(us);
        return new TimeDeltaObject(d, s, u);
    }

    public BigInteger TotalMicroseconds => ((BigInteger)Days * 86400 + Seconds) * 1000000 + Microseconds;

    static void Populate(PyType t)
    {
        t.Dict.SetStr("__module__", PyStr.FromString("datetime"));
        t.Constructor = (type, args, kw) =>
        {
            var a = ArgumentParser.Parse("timedelta", args, kw, 0, 7, "days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks");
            double[] factors = { 86400e6, 1e6, 1, 1e3, 60e6, 3600e6, 604800e6 };
            long[] intFactors = { 86400000000, 1000000, 1, 1000, 60000000, 3600000000, 604800000000 };
            BigInteger exact = 0;
            double fractional = 0;
            for (int i = 0; i < 7; i++)
            {
                var v = a[i];
                if (v == null) continue;
                switch (v)
                {
                    case PyInt n: exact += (BigInteger)n.Value * intFactors[i]; break;
                    case PyLong l: exact += l.Value * intFactors[i]; break;
                    case PyFloat f:
                        double whole = Math.Truncate(f.Value);
                        exact += new BigInteger(whole) * intFactors[i];
                        fractional += (f.Value - whole) * factors[i];
                        break;
                    default: throw Ops.TypeError($"unsupported type for timedelta {Names[i]} component: {v.TypeName}");
                }
            }
            // 2.7 rounds the leftover microseconds half away from zero.
            exact += new BigInteger(Math.Round(fractional, MidpointRounding.AwayFromZero));
            var (d, s, u) = Normalize(exact);
            return new TimeDeltaObject(d, s, u, type);
        };
        t.DefProperty("days", s => PyInt.From(((TimeDeltaObject)s).Days));
        t.DefProperty("seconds", s => PyInt.From(((TimeDeltaObject)s).Seconds));
        t.DefProperty("microseconds", s => PyInt.From(((TimeDeltaObject)s).Microseconds));
        t.DefMethod("total_seconds", s => new PyFloat((double)((TimeDeltaObject)s).TotalMicroseconds / 1e6));
        t.DefMethod("__reduce__", s => { var d = (TimeDeltaObject)s; return PyTuple.Create(s.Type, PyTuple.Create(PyInt.From(d.Days), PyInt.From(d.Seconds), PyInt.From(d.Microseconds))); });
        t.Dict.SetStr("min", new TimeDeltaObject(-MaxDays, 0, 0));
        t.Dict.SetStr("max", new TimeDeltaObject(MaxDays, 86399, 999999));
        t.Dict.SetStr("resolution", new TimeDeltaObject(0, 0, 1));
    }

    public override PyStr Repr()
    {
        string name = ReprName(TypeObject);
        if (Microseconds != 0) return PyStr.FromString($"{name}({Days}, {Seconds}, {Microseconds})");
        if (Seconds != 0) return PyStr.FromString($"{name}({Days}, {Seconds})");
        return PyStr.FromString($"{name}({Days})");
    }

    public override PyStr Str()
    {
        string s = $"{Seconds / 3600}:{Seconds / 60 % 60:00}:{Seconds % 60:00}";
        if (Days != 0) s = $"{Days} day{(Math.Abs(Days) != 1 ? "s" : "")}, " + s;
        if (Microseconds != 0) s += $".{Microseconds:000000}";
        return PyStr.FromString(s);
    }

    public override bool IsTrue() => Days != 0 || Seconds != 0 || Microseconds != 0;

    public override long Hash() => Ops.Hash(PyTuple.Create(PyInt.From(Days), PyInt.From(Seconds), PyInt.From(Microseconds)));

    public override PyObject Negative() => Make(-TotalMicroseconds);
    public override PyObject Positive() => Make(TotalMicroseconds);
    public override PyObject Absolute() => Days < 0 ? Negative() : Positive();

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        switch (op)
        {
            case BinaryOperator.Add when other is TimeDeltaObject td: return Make(TotalMicroseconds + td.TotalMicroseconds);
            case BinaryOperator.Subtract when other is TimeDeltaObject td: return Make(TotalMicroseconds - td.TotalMicroseconds);
            case BinaryOperator.Multiply when other is PyInt or PyLong: return Make(TotalMicroseconds * Big(other));
            case BinaryOperator.Divide or BinaryOperator.FloorDivide when other is PyInt or PyLong:
                var divisor = Big(other);
                if (divisor.IsZero) throw Ops.Error(PyExceptionTypes.ZeroDivisionError, PyStr.FromString("integer division or modulo by zero"));
                return Make(FloorDiv(TotalMicroseconds, divisor));
            case BinaryOperator.Add or BinaryOperator.Subtract when other is DateObject:
                return null;
        }
        return null;
    }

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.Multiply && other is PyInt or PyLong) return Make(TotalMicroseconds * Big(other));
        return null;
    }

    static BigInteger Big(PyObject o) => o is PyInt i ? i.Value : ((PyLong)o).Value;

    static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0)) q -= 1;
        return q;
    }

    public override PyObject RichCompare(PyObject other, CompareOperator op)
    {
        if (other is not TimeDeltaObject td)
        {
            if (op == CompareOperator.Equal) return PyBool.False;
            if (op == CompareOperator.NotEqual) return PyBool.True;
            throw Ops.TypeError($"can't compare datetime.timedelta to {other.TypeName}");
        }
        return DateObject.CompareResult(TotalMicroseconds.CompareTo(td.TotalMicroseconds), op);
    }
}
