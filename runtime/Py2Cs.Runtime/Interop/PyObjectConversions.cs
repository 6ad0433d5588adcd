using System;
using System.Collections;
using System.Collections.Generic;
using System.Numerics;
using System.Text;

namespace Py2Cs.Runtime.Interop;

/// <summary>
/// Python values into C# values, and calls and attribute access from C#, as extension methods on
/// <see cref="PyObject"/> (docs/interop.md). A value that does not convert raises a Python
/// TypeError (a <see cref="PythonException"/>), as the matching Python conversion would.
/// </summary>
public static class PyObjectConversions
{
    static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>
    /// The value as <typeparamref name="T"/>: string (str decoded as UTF-8, or Latin-1 when not
    /// valid UTF-8; unicode as is; None → null), long/int/short/byte (int or long in range, else
    /// OverflowError), double/float (int, long or float), bool (Python truth, like bool(x)),
    /// BigInteger, Nullable&lt;T&gt; (None → null), arrays, List&lt;T&gt;, IList/IReadOnlyList/
    /// IEnumerable&lt;T&gt; (any iterable, elements converted), Dictionary/IDictionary/
    /// IReadOnlyDictionary&lt;K,V&gt; (dict items converted), object (<see cref="ToClr"/>), or any
    /// PyObject type the value is an instance of.
    /// </summary>
    public static T As<T>(this PyObject value) => (T)ConvertTo(value, typeof(T));

    /// <summary>The natural C# value: None → null, bool → bool, int → long, long → BigInteger,
    /// float → double, str/unicode → string, list/tuple → List&lt;object&gt;,
    /// dict → Dictionary&lt;object, object&gt;; anything else stays a PyObject.</summary>
    public static object ToClr(this PyObject value)
    {
        switch (value)
        {
            case null: return null;
            case PyNone: return null;
            case PyBool b: return b.Value != 0;
            case PyInt i: return i.Value;
            case PyLong l: return l.Value;
            case PyFloat f: return f.Value;
            case PyStr s: return DecodeStr(s);
            case PyUnicode u: return u.Value;
            case PyList:
            case PyTuple:
            {
                var list = new List<object>();
                foreach (var item in Ops.Enumerate(value)) list.Add(ToClr(item));
                return list;
            }
            case PyDict d:
            {
                var dict = new Dictionary<object, object>();
                foreach (var pair in d.Items()) dict[ToClr(pair.Key) ?? NullKey.Instance] = ToClr(pair.Value);
                return dict;
            }
        }
        return value;
    }

    /// <summary>Attribute <paramref name="name"/> (AttributeError when missing).</summary>
    public static PyObject GetAttr(this PyObject value, string name) => Ops.GetAttr(value, name);

    /// <summary>Sets attribute <paramref name="name"/> to a value converted with <see cref="Py.From"/>.</summary>
    public static void SetAttr(this PyObject value, string name, object newValue) => Ops.SetAttr(value, name, Py.From(newValue));

    /// <summary>Calls the object (a function, a class...) with arguments converted with <see cref="Py.From"/>.</summary>
    public static PyObject Invoke(this PyObject callable, params object[] args) => Py.Call(callable, args);

    /// <summary>Calls method <paramref name="name"/> of the object with converted arguments.</summary>
    public static PyObject InvokeMethod(this PyObject value, string name, params object[] args) => Py.Call(Ops.GetAttr(value, name), args);

    /// <summary>Python's <c>str(x)</c> as a C# string.</summary>
    public static string ToPythonString(this PyObject value) => ConvertText(Ops.Str(value));

    /// <summary>Python's <c>repr(x)</c> as a C# string.</summary>
    public static string ToPythonRepr(this PyObject value) => ConvertText(Ops.Repr(value));

    static string ConvertText(PyObject text) => text is PyStr s ? DecodeStr(s) : ((PyUnicode)text).Value;

    /// <summary>A Python 2 str is bytes; C# callers almost always mean UTF-8 text by it.</summary>
    static string DecodeStr(PyStr s)
    {
        var latin1 = s.ToString();
        var bytes = Encoding.Latin1.GetBytes(latin1);
        try { return StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { return latin1; }
    }

    /// <summary>Stands for a None key in a Dictionary (which cannot hold a null key).</summary>
    public sealed class NullKey
    {
        public static readonly NullKey Instance = new();
        NullKey() { }
        public override string ToString() => "None";
    }

    static object ConvertTo(PyObject value, Type type)
    {
        if (type == typeof(object)) return ToClr(value);
        if (value != null && type.IsInstanceOfType(value)) return value;
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying != null) return value is PyNone || value == null ? null : ConvertTo(value, underlying);
        if (type == typeof(string))
        {
            if (value is PyNone) return null;
            if (value is PyStr s) return DecodeStr(s);
            if (value is PyUnicode u) return u.Value;
            throw Mismatch(value, "str");
        }
        if (type == typeof(bool)) return Ops.IsTrue(value);
        if (type == typeof(long) || type == typeof(int) || type == typeof(short) || type == typeof(byte)
            || type == typeof(sbyte) || type == typeof(ushort) || type == typeof(uint) || type == typeof(ulong))
        {
            BigInteger n = value switch
            {
                PyInt i => i.Value,
                PyLong l => l.Value,
                _ => throw Mismatch(value, "int"),
            };
            try
            {
                if (type == typeof(long)) return (long)n;
                if (type == typeof(int)) return (int)n;
                if (type == typeof(short)) return (short)n;
                if (type == typeof(byte)) return (byte)n;
                if (type == typeof(sbyte)) return (sbyte)n;
                if (type == typeof(ushort)) return (ushort)n;
                if (type == typeof(uint)) return (uint)n;
                return (ulong)n;
            }
            catch (OverflowException)
            {
                throw Ops.OverflowError("Python int too large to convert to C# " + type.Name);
            }
        }
        if (type == typeof(BigInteger))
        {
            if (value is PyInt i) return new BigInteger(i.Value);
            if (value is PyLong l) return l.Value;
            throw Mismatch(value, "int");
        }
        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal))
        {
            double d = value switch
            {
                PyFloat f => f.Value,
                PyInt i => i.Value,
                PyLong l => (double)l.Value,
                _ => throw Mismatch(value, "float"),
            };
            return Convert.ChangeType(d, type);
        }
        if (type.IsArray)
        {
            var element = type.GetElementType();
            var items = Elements(value, element);
            var array = Array.CreateInstance(element, items.Count);
            for (int i = 0; i < items.Count; i++) array.SetValue(items[i], i);
            return array;
        }
        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var args = type.GetGenericArguments();
            if (definition == typeof(Dictionary<,>) || definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>))
            {
                if (value is not PyDict dict) throw Mismatch(value, "dict");
                var result = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(args));
                foreach (var pair in dict.Items()) result[ConvertTo(pair.Key, args[0])] = ConvertTo(pair.Value, args[1]);
                return result;
            }
            if (definition == typeof(List<>) || definition == typeof(IList<>) || definition == typeof(IReadOnlyList<>)
                || definition == typeof(IEnumerable<>) || definition == typeof(ICollection<>) || definition == typeof(IReadOnlyCollection<>))
            {
                var result = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(args));
                foreach (var item in Elements(value, args[0])) result.Add(item);
                return result;
            }
        }
        throw Ops.TypeError("cannot convert Python " + TypeNameOf(value) + " to C# " + type.FullName);
    }

    static List<object> Elements(PyObject value, Type element)
    {
        if (value is PyNone || value == null) throw Mismatch(value, "iterable");
        var items = new List<object>();
        foreach (var item in Ops.Enumerate(value)) items.Add(ConvertTo(item, element));
        return items;
    }

    static PythonException Mismatch(PyObject value, string expected) =>
        Ops.TypeError("expected Python " + expected + ", got " + TypeNameOf(value));

    static string TypeNameOf(PyObject value) => value == null ? "NULL" : value.Type.Name;
}
