using System;
using System.Numerics;

namespace Py2Cs.Runtime;

/// <summary>The builtin functions, with CPython 2.7's argument handling and error messages.</summary>
public static partial class Builtins
{
    static void DefineFunctions(PyModule m)
    {
        Def(m, NativeFunction.Create("len", o => PyInt.From(o.Len())));
        Def(m, NativeFunction.Create("repr", o => Ops.Repr(o)));
        Def(m, NativeFunction.Create("abs", o => o.Absolute()));
        Def(m, NativeFunction.Create("hash", o => PyInt.From(o.Hash())));
        Def(m, NativeFunction.Create("id", o => PyInt.From(Ops.Id(o))));
        Def(m, NativeFunction.Create("callable", o => PyBool.From(Ops.IsCallable(o))));
        Def(m, NativeFunction.Create("isinstance", (o, c) => PyBool.From(Ops.IsInstance(o, c))));
        Def(m, NativeFunction.Create("issubclass", (o, c) => PyBool.From(Ops.IsSubclass(o, c))));
        Def(m, NativeFunction.Create("cmp", (a, b) => PyInt.From(Ops.Cmp(a, b))));
        Def(m, NativeFunction.Create("divmod", (a, b) => Ops.DivMod(a, b)));
        Def(m, NativeFunction.Create("pow", 2, new[] { "x", "y", "z" }, a => a[2] == null ? Ops.Power(a[0], a[1]) : Ops.Power(a[0], a[1], a[2])));
        Def(m, NativeFunction.Create("all", o => { foreach (var x in Ops.Enumerate(o)) if (!Ops.IsTrue(x)) return PyBool.False; return PyBool.True; }));
        Def(m, NativeFunction.Create("any", o => { foreach (var x in Ops.Enumerate(o)) if (Ops.IsTrue(x)) return PyBool.True; return PyBool.False; }));
        Def(m, NativeFunction.Create("chr", Chr));
        Def(m, NativeFunction.Create("unichr", Unichr));
        Def(m, NativeFunction.Create("ord", Ord));
        Def(m, NativeFunction.Create("hex", o => o.Hex()));
        Def(m, NativeFunction.Create("oct", o => o.Oct()));
        Def(m, NativeFunction.Create("bin", Bin));
        Def(m, NativeFunction.Create("intern", o => o is PyStr s && o.GetType() == typeof(PyStr) ? s.Intern() : throw Ops.TypeError($"intern() argument 1 must be string, not {o.TypeName}")));
        Def(m, NativeFunction.Create("getattr", 2, new[] { "object", "name", "default" }, a => GetAttr(a[0], a[1], a[2])));
        Def(m, NativeFunction.Create("setattr", (o, n, v) => { Ops.SetAttr(o, AttrName(n, "setattr"), v); return PyNone.None; }));
        Def(m, NativeFunction.Create("delattr", (o, n) => { Ops.DelAttr(o, AttrName(n, "delattr")); return PyNone.None; }));
        Def(m, NativeFunction.Create("hasattr", (o, n) =>
        {
            var name = AttrName(n, "hasattr");
            try { return PyBool.From(o.GetAttributeOrNull(name) != null); }
            catch (PythonException e) when (e.Is(PyExceptionTypes.Exception)) { return PyBool.False; }
        }));
        Def(m, NativeFunction.Create("iter", 1, new[] { "collection", "sentinel" }, a =>
        {
            if (a[1] == null) return Ops.Iter(a[0]);
            if (!Ops.IsCallable(a[0])) throw Ops.TypeError("iter(v, w): v must be callable");
            return new PyCallableIterator(a[0], a[1]);
        }));
        Def(m, NativeFunction.Create("next", 1, new[] { "iterator", "default" }, a =>
        {
            var it = a[0];
            if (it is PyInstance ? it.Type.Lookup("next") == null : it.Type.Lookup("next") == null)
                throw Ops.TypeError($"{it.TypeName} object is not an iterator");
            var r = it.Next();
            if (r != null) return r;
            return a[1] ?? throw Ops.StopIteration();
        }));
        Def(m, NativeFunction.Create("sum", 1, new[] { "sequence", "start" }, a => Sum(a[0], a[1])));
        Def(m, NativeFunction.CreateRaw("min", (a, k) => MinMax("min", a, k, CompareOperator.Less)));
        Def(m, NativeFunction.CreateRaw("max", (a, k) => MinMax("max", a, k, CompareOperator.Greater)));
        Def(m, RangeFunction = NativeFunction.CreateRaw("range", (a, k) => Range(a, k)));
        Def(m, NativeFunction.CreateRaw("map", (a, k) => { ArgumentParser.NoKeywords("map", k); return Map(a); }));
        Def(m, NativeFunction.Create("filter", Filter));
        Def(m, NativeFunction.CreateRaw("zip", (a, k) => { ArgumentParser.NoKeywords("zip", k); return Zip(a); }));
        Def(m, NativeFunction.Create("reduce", 2, new[] { "function", "sequence", "initial" }, a => Reduce(a[0], a[1], a[2])));
        Def(m, NativeFunction.Create("sorted", 1, new[] { "iterable", "cmp", "key", "reverse" }, a =>
        {
            var l = PyList.FromIterable(a[0]);
            l.Sort(a[1], a[2], a[3] != null && Ops.IsTrue(a[3]));
            return l;
        }));
        Def(m, NativeFunction.Create("round", 1, new[] { "number", "ndigits" }, a => Round(a[0], a[1])));
        Def(m, NativeFunction.Create("coerce", Coerce));
        Def(m, NativeFunction.Create("apply", 1, new[] { "object", "args", "kwargs" }, a =>
            Ops.CallEx(a[0], Array.Empty<PyObject>(), null, a[1] ?? PyTuple.Empty, a[2])));
        Def(m, NativeFunction.Create("format", 1, new[] { "value", "format_spec" }, a => Format(a[0], a[1] ?? PyStr.Empty)));
        Def(m, NativeFunction.Create("vars", 0, new[] { "object" }, a =>
        {
            if (a[0] == null) return CalledIndirectly("vars");
            return Ops.GetAttrOrNull(a[0], "__dict__") ?? throw Ops.TypeError("vars() argument must have __dict__ attribute");
        }));
        Def(m, NativeFunction.Create("dir", 0, new[] { "object" }, a => Dir(a[0])));
        Def(m, NativeFunction.Create("raw_input", 0, new[] { "prompt" }, a => RawInput(a[0])));
        Def(m, NativeFunction.Create("__import__", 1, new[] { "name", "globals", "locals", "fromlist", "level" }, a =>
        {
            string name = Ops.StrValue(a[0]);
            if (a[1] is PyDict g && a[4] != null && Ops.IndexToLong(a[4]) > 0) name = Importer.ResolveRelative(name, (int)Ops.IndexToLong(a[4]), g);
            bool hasFrom = a[3] != null && Ops.IsTrue(a[3]);
            return hasFrom ? Importer.ImportModule(name) : Importer.Import(name);
        }));
        Def(m, NativeFunction.CreateRaw("print", PrintFunction));
        Def(m, NativeFunction.Create("reload", o => throw Ops.NotImplementedError("reload() is not supported by translated programs")));
        Def(m, NativeFunction.Create("eval", 1, new[] { "source", "globals", "locals" }, a => Eval(a[0], a[1], a[2])));
        Def(m, NativeFunction.Create("execfile", 1, new[] { "filename", "globals", "locals" }, a => { ExecFile(a[0], a[1], a[2]); return PyNone.None; }));
        Def(m, NativeFunction.Create("compile", 3, new[] { "source", "filename", "mode", "flags", "dont_inherit" }, a =>
            SourceCompiler.Compile(a[0], Ops.StrValue(a[1]), Ops.StrValue(a[2]))));
        Def(m, NativeFunction.Create("input", 0, new[] { "prompt" }, a => CalledIndirectly("input")));
        Def(m, NativeFunction.Create("globals", () => CalledIndirectly("globals")));
        Def(m, NativeFunction.Create("locals", () => CalledIndirectly("locals")));
    }

    static PyStr AttrName(PyObject n, string function) => n switch
    {
        PyStr s => s.Intern(),
        PyUnicode u => u.EncodeAscii().Intern(),
        _ => throw Ops.TypeError($"{function}(): attribute name must be string"),
    };

    public static PyObject GetAttr(PyObject o, PyObject name, PyObject defaultValue)
    {
        var n = AttrName(name, "getattr");
        if (defaultValue == null) return Ops.GetAttr(o, n);
        return Ops.GetAttrOrNull(o, n) ?? defaultValue;
    }

    public static PyObject Chr(PyObject o)
    {
        long v = Ops.IndexToLong(o is PyFloat ? throw Ops.TypeError("integer argument expected, got float") : o);
        if (v < 0 || v > 255) throw Ops.ValueError("chr() arg not in range(256)");
        return PyStr.FromByte((byte)v);
    }

    public static PyObject Unichr(PyObject o)
    {
        long v = Ops.IndexToLong(o is PyFloat ? throw Ops.TypeError("integer argument expected, got float") : o);
        if (v < 0 || v > 0x10ffff) throw Ops.ValueError("unichr() arg not in range(0x110000) (wide Python build)");
        return PyUnicode.FromCodePoint((int)v);
    }

    public static PyObject Ord(PyObject o)
    {
        switch (o)
        {
            case PyStr s:
                if (s.Length != 1) throw Ops.TypeError($"ord() expected a character, but string of length {s.Length} found");
                return PyInt.From(s[0]);
            case PyUnicode u:
                if (u.Length != 1) throw Ops.TypeError($"ord() expected a character, but string of length {u.Length} found");
                return PyInt.From(u.CodePointAt(0));
            case PyByteArray b:
                if (b.Len() != 1) throw Ops.TypeError($"ord() expected a character, but string of length {b.Len()} found");
                return PyInt.From(b.Data[0]);
        }
        throw Ops.TypeError($"ord() expected string of length 1, but {o.TypeName} found");
    }

    public static PyObject Bin(PyObject o)
    {
        var idx = o.Index() ?? throw Ops.TypeError($"{o.TypeName} object cannot be interpreted as an index");
        var v = Ops.ToBigInteger(idx);
        return PyStr.FromString((v.Sign < 0 ? "-0b" : "0b") + IntegerText.ToBinary(BigInteger.Abs(v)));
    }

    public static PyObject Sum(PyObject iterable, PyObject start)
    {
        if (start is PyStr || start is PyUnicode) throw Ops.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
        PyObject total = start ?? PyInt.Zero;
        var it = Ops.Iter(iterable);
        for (var x = it.Next(); x != null; x = it.Next()) total = Ops.Add(total, x);
        return total;
    }

    static PyObject MinMax(string name, PyObject[] args, PyStr[] kw, CompareOperator op)
    {
        int kwcount = kw?.Length ?? 0;
        int n = args.Length - kwcount;
        PyObject key = null;
        for (int k = 0; k < kwcount; k++)
        {
            if (kw[k].ToString() != "key") throw Ops.TypeError($"{name}() got an unexpected keyword argument");
            key = args[n + k];
        }
        if (n == 0) throw Ops.TypeError($"{name} expected 1 arguments, got 0");
        PyObject seq = n == 1 ? args[0] : PyTuple.Create(args[..n]);
        PyObject best = null, bestKey = null;
        var it = Ops.Iter(seq);
        for (var x = it.Next(); x != null; x = it.Next())
        {
            var kx = key == null ? x : Ops.Call(key, x);
            if (best == null || Ops.IsTrue(Ops.RichCompare(kx, bestKey, op))) { best = x; bestKey = kx; }
        }
        if (best == null) throw Ops.ValueError($"{name}() arg is an empty sequence");
        return best;
    }

    static long RangeArg(PyObject o, string what)
    {
        if (o is PyFloat) throw Ops.TypeError($"range() integer {what} argument expected, got float.");
        var i = o.Index() ?? o.ToInt() ?? throw Ops.TypeError($"range() integer {what} argument expected, got {o.TypeName}.");
        if (i is PyLong big)
        {
            // range(10L, 12L) is [10, 11]: a long that fits is used as an int.
            if (big.Value >= long.MinValue && big.Value <= long.MaxValue) return (long)big.Value;
            throw Ops.OverflowError("range() result has too many items");
        }
        return ((PyInt)i).Value;
    }

    static PyObject Range(PyObject[] a, PyStr[] kw)
    {
        ArgumentParser.NoKeywords("range", kw);
        long start = 0, stop, step = 1;
        switch (a.Length)
        {
            case 1: stop = RangeArg(a[0], "end"); break;
            case 2: start = RangeArg(a[0], "start"); stop = RangeArg(a[1], "end"); break;
            case 3: start = RangeArg(a[0], "start"); stop = RangeArg(a[1], "end"); step = RangeArg(a[2], "step"); break;
            case 0: throw Ops.TypeError("range expected at least 1 arguments, got 0");
            default: throw Ops.TypeError($"range expected at most 3 arguments, got {a.Length}");
        }
        if (step == 0) throw Ops.ValueError("range() step argument must not be zero");
        var r = new PyXRange(start, stop, step);
        if (r.Count > int.MaxValue / 8) throw Ops.OverflowError("range() result has too many items");
        var list = new PyList((int)r.Count);
        for (long i = 0, v = start; i < r.Count; i++, v += step) list.Append(PyInt.From(v));
        return list;
    }

    static PyObject Map(PyObject[] a)
    {
        if (a.Length < 2) throw Ops.TypeError("map() requires at least two args");
        var f = a[0];
        var result = new PyList();
        if (a.Length == 2)
        {
            var it = Ops.Iter(a[1]);
            for (var x = it.Next(); x != null; x = it.Next()) result.Append(f is PyNone ? x : Ops.Call(f, x));
            return result;
        }
        var its = new PyObject[a.Length - 1];
        for (int i = 0; i < its.Length; i++)
        {
            try { its[i] = Ops.Iter(a[i + 1]); }
            catch (PythonException e) when (e.Is(PyExceptionTypes.TypeError)) { throw Ops.TypeError($"argument {i + 2} to map() must support iteration"); }
        }
        while (true)
        {
            var items = new PyObject[its.Length];
            bool any = false;
            for (int i = 0; i < its.Length; i++)
            {
                items[i] = its[i]?.Next();
                if (items[i] == null) { its[i] = null; items[i] = PyNone.None; } else any = true;
            }
            if (!any) return result;
            result.Append(f is PyNone ? PyTuple.Create(items) : Ops.Call(f, items));
        }
    }

    static PyObject Filter(PyObject f, PyObject seq)
    {
        bool Keep(PyObject x) => Ops.IsTrue(f is PyNone ? x : Ops.Call(f, x));
        if (seq is PyStr s && seq.GetType() == typeof(PyStr))
        {
            var b = new ByteBuilder();
            foreach (byte c in s.Bytes)
            {
                var item = PyStr.FromByte(c);
                if (!Keep(item)) continue;
                var r = f is PyNone ? item : Ops.Call(f, item);
                b.Append(c);
            }
            return b.ToPyStr();
        }
        var result = new PyList();
        foreach (var x in Ops.Enumerate(seq)) if (Keep(x)) result.Append(x);
        if (seq is PyTuple) return PyTuple.Create(result.ToArray());
        if (seq is PyUnicode)
        {
            var sb = new System.Text.StringBuilder();
            foreach (var x in result.AsSpan()) sb.Append(((PyUnicode)x).Value);
            return PyUnicode.FromString(sb.ToString());
        }
        return result;
    }

    static PyObject Zip(PyObject[] a)
    {
        var result = new PyList();
        if (a.Length == 0) return result;
        var its = new PyObject[a.Length];
        for (int i = 0; i < a.Length; i++)
        {
            try { its[i] = Ops.Iter(a[i]); }
            catch (PythonException e) when (e.Is(PyExceptionTypes.TypeError)) { throw Ops.TypeError($"zip argument #{i + 1} must support iteration"); }
        }
        while (true)
        {
            var items = new PyObject[its.Length];
            for (int i = 0; i < its.Length; i++)
            {
                items[i] = its[i].Next();
                if (items[i] == null) return result;
            }
            result.Append(PyTuple.Create(items));
        }
    }

    static PyObject Reduce(PyObject f, PyObject seq, PyObject initial)
    {
        PyObject acc = initial;
        PyObject it;
        try { it = Ops.Iter(seq); }
        catch (PythonException e) when (e.Is(PyExceptionTypes.TypeError)) { throw Ops.TypeError("reduce() arg 2 must support iteration"); }
        for (var x = it.Next(); x != null; x = it.Next()) acc = acc == null ? x : Ops.Call(f, acc, x);
        return acc ?? throw Ops.TypeError("reduce() of empty sequence with no initial value");
    }

    static PyObject Round(PyObject number, PyObject ndigits)
    {
        int n = ndigits == null ? 0 : Ops.ToInt32(ndigits);
        var f = number.ToFloat() ?? throw Ops.TypeError("a float is required");
        return new PyFloat(FloatRounding.Round(((PyFloat)f).Value, n));
    }

    static PyObject Coerce(PyObject a, PyObject b)
    {
        if (a.Type == b.Type) return PyTuple.Create(a, b);
        if (a is PyComplex || b is PyComplex) return PyTuple.Create(a.ToComplex(), b.ToComplex());
        if (a is PyFloat || b is PyFloat)
        {
            var fa = a.ToFloat(); var fb = b.ToFloat();
            if (fa != null && fb != null) return PyTuple.Create(fa, fb);
        }
        if ((a is PyLong || b is PyLong) && (a is PyInt || a is PyLong) && (b is PyInt || b is PyLong))
            return PyTuple.Create(a.ToLong(), b.ToLong());
        if (a is PyInt && b is PyInt) return PyTuple.Create(a, b);
        throw Ops.TypeError("number coercion failed");
    }

    /// <summary><c>format(value, spec)</c>: calls the type's <c>__format__</c>.</summary>
    public static PyObject Format(PyObject value, PyObject spec)
    {
        var m = value.Type.Lookup("__format__");
        var r = m != null ? Ops.CallWithSelf(m, value, spec) : FormattingHooks.Format(value, spec);
        if (r is not PyStr && r is not PyUnicode) throw Ops.TypeError($"{value.TypeName}.__format__ must return a str or unicode, not {r.TypeName}");
        return r;
    }

    static PyObject Dir(PyObject o)
    {
        if (o == null) return CalledIndirectly("dir");
        var names = new PySet();
        var d = o.InstanceDict;
        if (d != null) foreach (var kv in d.Items()) names.Add(kv.Key);
        var type = o as PyType ?? o.Type;
        foreach (var t in type.Mro)
            foreach (var kv in t.Dict.Items()) names.Add(kv.Key);
        if (o is not PyType && o is not PyModule && o.Type.IsClassic == false)
            foreach (var t in o.Type.Mro) foreach (var kv in t.Dict.Items()) names.Add(kv.Key);
        var list = PyList.FromIterable(names);
        list.Sort();
        return list;
    }

    static PyObject RawInput(PyObject prompt)
    {
        var stdout = SysModule.Module.Dict.GetStr("stdout");
        if (prompt != null)
        {
            WriteTo(stdout, prompt is PyUnicode ? prompt : Ops.Str(prompt));
        }
        if (stdout is PyFile f) { f.SoftSpace = false; f.Flush(); }
        var stdin = SysModule.Module.Dict.GetStr("stdin");
        PyObject line = stdin is PyFile inFile ? inFile.ReadLine() : Ops.CallMethod(stdin, PyStr.Intern("readline"));
        var s = (PyStr)line;
        if (s.Length == 0) throw Ops.EOFError("EOF when reading a line");
        if (s[s.Length - 1] == '\n') s = s.Slice(0, s.Length - 1);
        return s;
    }
}

/// <summary>The iterator of <c>iter(callable, sentinel)</c>.</summary>
public sealed class PyCallableIterator : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("callable-iterator", () => PyType.ObjectType, IteratorTypes.Populate);
    PyObject _callable;
    readonly PyObject _sentinel;
    public PyCallableIterator(PyObject callable, PyObject sentinel) { _callable = callable; _sentinel = sentinel; }
    public override PyType Type => TypeObject;
    public override PyObject Iter() => this;

    public override PyObject Next()
    {
        if (_callable == null) return null;
        var v = Ops.Call(_callable);
        if (Ops.Eq(v, _sentinel)) { _callable = null; return null; }
        return v;
    }
}
