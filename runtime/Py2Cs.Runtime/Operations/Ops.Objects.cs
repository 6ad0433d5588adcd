using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Py2Cs.Runtime;

/// <summary>Identity, truth, hashing, text conversion and type tests.</summary>
public static partial class Ops
{
    static readonly ConditionalWeakTable<object, object> Ids = new();
    static long _nextId = 0x7f0000001000;

    /// <summary><c>id(o)</c>: unique and stable for the object's lifetime (addresses are not, in .NET).</summary>
    public static long Id(PyObject o)
    {
        if (Ids.TryGetValue(o, out var boxed)) return (long)boxed;
        long id = Interlocked.Add(ref _nextId, 32);
        Ids.AddOrUpdate(o, id);
        return id;
    }

    /// <summary>object.__hash__: derived from the identity, as CPython's is from the address.</summary>
    public static long IdentityHash(PyObject o)
    {
        long id = Id(o);
        // CPython rotates the address right by 4 bits.
        return (long)(((ulong)id >> 4) | ((ulong)id << 60));
    }

    public static bool IsTrue(PyObject o)
    {
        if (o is PyBool b) return b.Value != 0;
        if (o is PyNone) return false;
        return o.IsTrue();
    }

    public static long Hash(PyObject o) => o.Hash();

    public static PyStr Repr(PyObject o) => o.Repr();
    public static PyStr Str(PyObject o) => o.Str();

    /// <summary>The text of a str or unicode object as a C# string (unicode is not encoded).</summary>
    public static string StrValue(PyObject o) => o switch
    {
        PyStr s => s.ToString(),
        PyUnicode u => u.Value,
        _ => throw TypeError($"expected string, {o.TypeName} found"),
    };

    /// <summary>Checks the result of a user <c>__str__</c>/<c>__repr__</c>: str, or unicode encoded with the
    /// default (ASCII) codec.</summary>
    public static PyStr CheckStrResult(PyObject r, string method)
    {
        if (r is PyStr s) return s;
        if (r is PyUnicode u) return u.EncodeAscii();
        throw TypeError($"{method} returned non-string (type {r.TypeName})");
    }

    /// <summary><c>unicode(o)</c>.</summary>
    public static PyUnicode ToUnicode(PyObject o)
    {
        switch (o)
        {
            case PyUnicode u: return u.GetType() == typeof(PyUnicode) ? u : PyUnicode.FromString(u.Value);
            case PyStr s: return PyUnicode.FromStr(s);
        }
        var m = o.Type.Lookup(PyStr.Intern("__unicode__"));
        if (m != null && m is not NativeMethod)
        {
            var r = CallWithSelf(m, o);
            if (r is PyUnicode ru) return ru;
            if (r is PyStr rs) return PyUnicode.FromStr(rs);
            throw TypeError($"coercing to Unicode: need string or buffer, {r.TypeName} found");
        }
        if (o is PyBaseException be && m is NativeMethod) return be.BaseUnicode();
        return PyUnicode.FromStr(o.Str());
    }

    /// <summary><c>type(o)</c>: classic instances report <c>instance</c>, classic classes <c>classobj</c>.</summary>
    public static PyType TypeOf(PyObject o)
    {
        if (o is PyInstance i && i.IsClassic) return PyType.ClassicInstanceType;
        return o.Type;
    }

    /// <summary>How CPython names an object's type in "got X instance instead" messages.</summary>
    internal static string InstanceDescription(PyObject o) =>
        o is PyInstance i && i.IsClassic ? i.Type.Name + "" : o.TypeName;

    /// <summary><c>isinstance(o, cls)</c>, with tuples and classic classes.</summary>
    public static bool IsInstance(PyObject o, PyObject cls)
    {
        if (cls is PyType t)
        {
            if (o.Type.IsSubtypeOf(t)) return true;
            if (t == PyType.ClassicInstanceType && o is PyInstance pi && pi.IsClassic) return true;
            if (!t.IsBuiltin && t.Type != PyType.TypeType && t.Type.Lookup("__instancecheck__") is { } chk && chk is not NativeMethod)
                return IsTrue(CallWithSelf(chk, t, o));
            return false;
        }
        if (cls is PyTuple tup)
        {
            foreach (var c in tup.AsSpan()) if (IsInstance(o, c)) return true;
            return false;
        }
        var check = cls.Type.Lookup("__instancecheck__");
        if (check != null) return IsTrue(CallWithSelf(check, cls, o));
        throw TypeError("isinstance() arg 2 must be a class, type, or tuple of classes and types");
    }

    /// <summary><c>issubclass(c, cls)</c>.</summary>
    public static bool IsSubclass(PyObject c, PyObject cls)
    {
        if (cls is PyTuple tup)
        {
            foreach (var x in tup.AsSpan()) if (IsSubclass(c, x)) return true;
            return false;
        }
        if (c is not PyType ct) throw TypeError("issubclass() arg 1 must be a class");
        if (cls is not PyType t) throw TypeError("issubclass() arg 2 must be a class or tuple of classes");
        if (ct.IsSubtypeOf(t)) return true;
        if (!t.IsBuiltin && t.Type != PyType.TypeType && t.Type.Lookup("__subclasscheck__") is { } chk && chk is not NativeMethod)
            return IsTrue(CallWithSelf(chk, t, c));
        return false;
    }

    /// <summary>The value of an int or long as a BigInteger.</summary>
    public static BigInteger ToBigInteger(PyObject o) => o switch
    {
        PyInt i => i.Value,
        PyLong l => l.Value,
        _ => throw TypeError($"an integer is required"),
    };

    /// <summary>An <c>__index__</c> result as a 64-bit value (OverflowError when too large).</summary>
    public static long IndexToLong(PyObject o)
    {
        if (o is PyInt i) return i.Value;
        var idx = o.Index() ?? throw TypeError("an integer is required");
        if (idx is PyInt j) return j.Value;
        var b = ((PyLong)idx).Value;
        if (b < long.MinValue || b > long.MaxValue) throw OverflowError("cannot fit 'long' into an index-sized integer");
        return (long)b;
    }

    /// <summary>A C# int from a Python integer argument (e.g. a count), with CPython-style errors.</summary>
    public static int ToInt32(PyObject o)
    {
        if (o is PyFloat) throw TypeError("integer argument expected, got float");
        long v = IndexToLong(o);
        if (v > int.MaxValue || v < int.MinValue) throw OverflowError("signed integer is greater than maximum");
        return (int)v;
    }

    /// <summary>The last line of a traceback: "ValueError: message" (or just the class name).</summary>
    public static string ExceptionLine(PyObject value)
    {
        var type = value.Type;
        string name = type.Name;
        string module = type.ModuleName;
        if (module != "__builtin__" && module != "exceptions" && module != "__main__") name = module + "." + name;
        string text;
        try { text = Str(value).ToString(); }
        catch (PythonException) { text = "<unprintable " + type.Name + " object>"; }
        return text.Length == 0 ? name : name + ": " + text;
    }
}

public static partial class Ops
{
    /// <summary>An integer argument of a built-in method (list.insert, list.pop), clamped to 64 bits.</summary>
    public static long IndexToLongArg(PyObject o)
    {
        var idx = o.Index() ?? throw TypeError("an integer is required");
        return PyInt.FromLongClamped(idx).Value;
    }
}
