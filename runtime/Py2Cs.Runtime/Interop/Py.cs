using System;
using System.Collections;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Py2Cs.Runtime.Interop;

/// <summary>
/// The C# side of interop (docs/interop.md): C# values into Python values, importing and calling
/// Python modules from C#. Conversions the other way are <see cref="PyObjectConversions"/>.
/// </summary>
public static class Py
{
    static readonly object Gate = new();
    static bool _initialized;

    /// <summary>Python's <c>None</c>.</summary>
    public static PyObject None => PyNone.None;

    /// <summary>Sets up what <c>PythonRuntime.Run</c> sets up for a program (sys and __builtin__ in
    /// sys.modules, sys.argv) when Python code is reached from C# without a Python entry point.
    /// Idempotent.</summary>
    public static void EnsureInitialized()
    {
        lock (Gate)
        {
            if (_initialized) return;
            _initialized = true;
            if (Importer.Modules.GetStr(PyStr.FromString("sys")) == null) Importer.Install(SysModule.Module);
            if (Importer.Modules.GetStr(PyStr.FromString("__builtin__")) == null) Importer.Install(Builtins.Module);
            if (SysModule.Module.Dict.GetStr("argv") == null) SysModule.SetArgv("", Array.Empty<string>());
        }
    }

    /// <summary>Imports a module by its dotted name (its top-level code runs on the first import)
    /// and returns it. Generated modules must have been registered (the generated
    /// <c>PythonModules.Register()</c> does it; each facade's <c>Import()</c> calls that).</summary>
    public static PyModule Import(string dottedName)
    {
        EnsureInitialized();
        var module = Importer.ImportModule(dottedName);
        return module as PyModule ?? throw Ops.ImportError("No module named " + dottedName);
    }

    /// <summary>Calls a Python callable with positional arguments converted by <see cref="From"/>.</summary>
    public static PyObject Call(PyObject callable, params object[] args)
    {
        args ??= new object[] { null };
        var converted = new PyObject[args.Length];
        for (int i = 0; i < args.Length; i++) converted[i] = From(args[i]);
        return Ops.Call(callable, converted);
    }

    /// <summary>Calls a Python callable with positional and keyword arguments.</summary>
    public static PyObject CallWithKeywords(PyObject callable, object[] args, IEnumerable<KeyValuePair<string, object>> keywords)
    {
        var values = new List<PyObject>();
        var names = new List<PyStr>();
        foreach (var a in args ?? Array.Empty<object>()) values.Add(From(a));
        foreach (var kw in keywords ?? Array.Empty<KeyValuePair<string, object>>())
        {
            names.Add(PyStr.Intern(kw.Key));
            values.Add(From(kw.Value));
        }
        return Ops.Call(callable, values.ToArray(), names.Count == 0 ? null : names.ToArray());
    }

    /// <summary>
    /// A C# value as a Python value: null → None; a PyObject as is; string and char → str when
    /// ASCII, else unicode; bool → bool; integers → int (long when beyond 64 bits); float, double,
    /// decimal → float; ITuple (value tuples) → tuple; dictionaries → dict; other enumerables
    /// (arrays, lists, sets) → list. Elements convert recursively. Anything else is a TypeError.
    /// </summary>
    public static PyObject From(object value)
    {
        switch (value)
        {
            case null: return PyNone.None;
            case PyObject o: return o;
            case string s: return FromString(s);
            case char c: return FromString(c.ToString());
            case bool b: return PyBool.From(b);
            case int i: return PyInt.From(i);
            case long l: return PyInt.From(l);
            case short sh: return PyInt.From(sh);
            case sbyte sb: return PyInt.From(sb);
            case byte by: return PyInt.From(by);
            case ushort us: return PyInt.From(us);
            case uint ui: return PyInt.From((long)ui);
            case ulong ul: return ul <= long.MaxValue ? PyInt.From((long)ul) : new PyLong(ul);
            case BigInteger big: return PyInt.FromBig(big);
            case double d: return new PyFloat(d);
            case float f: return new PyFloat(f);
            case decimal m: return new PyFloat((double)m);
            case ITuple tuple:
            {
                var items = new PyObject[tuple.Length];
                for (int i = 0; i < items.Length; i++) items[i] = From(tuple[i]);
                return PyTuple.Create(items);
            }
            case IDictionary dictionary:
            {
                var dict = new PyDict();
                foreach (DictionaryEntry entry in dictionary) dict.SetItem(From(entry.Key), From(entry.Value));
                return dict;
            }
            case IEnumerable sequence:
            {
                if (KeyValuePairs(sequence) is PyDict fromPairs) return fromPairs;
                var list = new PyList();
                foreach (var item in sequence) list.Append(From(item));
                return list;
            }
        }
        throw Ops.TypeError("cannot convert a .NET " + value.GetType().FullName + " to a Python value");
    }

    /// <summary>Dictionaries that are not <see cref="IDictionary"/> (IReadOnlyDictionary,
    /// sequences of KeyValuePair) still become dicts.</summary>
    static PyDict KeyValuePairs(IEnumerable sequence)
    {
        Type pairType = null;
        foreach (var i in sequence.GetType().GetInterfaces())
        {
            if (!i.IsGenericType || i.GetGenericTypeDefinition() != typeof(IEnumerable<>)) continue;
            var element = i.GetGenericArguments()[0];
            if (element.IsGenericType && element.GetGenericTypeDefinition() == typeof(KeyValuePair<,>)) { pairType = element; break; }
        }
        if (pairType == null) return null;
        var key = pairType.GetProperty("Key");
        var val = pairType.GetProperty("Value");
        var dict = new PyDict();
        foreach (var pair in sequence) dict.SetItem(From(key.GetValue(pair)), From(val.GetValue(pair)));
        return dict;
    }

    /// <summary>A C# string as Python 2 sees text: a byte <c>str</c> when every char is ASCII,
    /// else <c>unicode</c> (so non-ASCII text never turns into bytes of some encoding silently).</summary>
    public static PyObject FromString(string s)
    {
        foreach (char c in s)
            if (c > 127) return PyUnicode.FromString(s);
        return PyStr.FromString(s);
    }
}
