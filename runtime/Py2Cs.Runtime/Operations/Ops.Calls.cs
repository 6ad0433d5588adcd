using System;
using System.Collections.Generic;

namespace Py2Cs.Runtime;

/// <summary>Calls: fixed-arity fast forms, keywords, and <c>f(*args, **kwargs)</c>.</summary>
public static partial class Ops
{
    public static PyObject Call(PyObject f) => f.Call();
    public static PyObject Call(PyObject f, PyObject a) => f.Call(a);
    public static PyObject Call(PyObject f, PyObject a, PyObject b) => f.Call(a, b);
    public static PyObject Call(PyObject f, PyObject a, PyObject b, PyObject c) => f.Call(a, b, c);
    public static PyObject Call(PyObject f, PyObject[] args) => f.Call(args, null);

    /// <summary><c>f(pos..., name=value...)</c>: <paramref name="args"/> = positional then keyword values.</summary>
    public static PyObject Call(PyObject f, PyObject[] args, PyStr[] kwNames) => f.Call(args, kwNames);

    /// <summary><c>f(pos..., kw=..., *star, **starStar)</c>; <paramref name="star"/> and
    /// <paramref name="starStar"/> may be null.</summary>
    public static PyObject CallEx(PyObject f, PyObject[] args, PyStr[] kwNames, PyObject star, PyObject starStar)
    {
        int kwcount = kwNames?.Length ?? 0;
        int npos = args.Length - kwcount;
        var positional = new List<PyObject>(npos + 4);
        for (int i = 0; i < npos; i++) positional.Add(args[i]);
        if (star != null)
        {
            if (star is PyTuple st) positional.AddRange(st.Items);
            else
            {
                PyObject it;
                try { it = Iter(star); }
                catch (PythonException e) when (e.Is(PyExceptionTypes.TypeError))
                {
                    throw TypeError($"{FunctionName(f)} argument after * must be a sequence, not {star.TypeName}");
                }
                for (var x = it.Next(); x != null; x = it.Next()) positional.Add(x);
            }
        }
        var names = new List<PyStr>(kwcount);
        var values = new List<PyObject>(kwcount);
        for (int i = 0; i < kwcount; i++) { names.Add(kwNames[i]); values.Add(args[npos + i]); }
        if (starStar != null)
        {
            PyDict d = starStar as PyDict;
            if (d == null)
            {
                if (GetAttrOrNull(starStar, "keys") == null)
                    throw TypeError($"{FunctionName(f)} argument after ** must be a mapping, not {starStar.TypeName}");
                d = new PyDict();
                d.Merge(starStar);
            }
            int pos = 0;
            while (d.Next(ref pos, out var k, out var v))
            {
                if (k is not PyStr ks) throw TypeError($"{FunctionName(f)} keywords must be strings");
                foreach (var existing in names)
                    if (existing.EqualsStr(ks))
                        throw TypeError($"{FunctionName(f)} got multiple values for keyword argument '{ks}'");
                names.Add(ks);
                values.Add(v);
            }
        }
        positional.AddRange(values);
        return f.Call(positional.ToArray(), names.Count == 0 ? null : names.ToArray());
    }

    /// <summary>"f()" for a function, "A()" style names for others (PyEval_GetFuncName + desc).</summary>
    static string FunctionName(PyObject f) => f switch
    {
        PyFunction fn => fn.Name + "()",
        PyMethod m => FunctionName(m.Function),
        NativeFunction nf => nf.Name + "()",
        PyType t => t.Name + "()",
        _ => f.TypeName + " object",
    };

    /// <summary>Calls a method found on the type with <paramref name="self"/> first, without creating
    /// a bound method when the method is a plain function.</summary>
    public static PyObject CallWithSelf(PyObject method, PyObject self)
    {
        if (method is PyFunction f) return f.Call(self);
        if (method is NativeMethod nm) return nm.CallWithSelf(self);
        return Bind(method, self).Call();
    }

    public static PyObject CallWithSelf(PyObject method, PyObject self, PyObject a)
    {
        if (method is PyFunction f) return f.Call(self, a);
        if (method is NativeMethod nm) return nm.CallWithSelf(self, a);
        return Bind(method, self).Call(a);
    }

    public static PyObject CallWithSelf(PyObject method, PyObject self, PyObject a, PyObject b)
    {
        if (method is PyFunction f) return f.Call(self, a, b);
        if (method is NativeMethod nm) return nm.CallWithSelf(self, a, b);
        return Bind(method, self).Call(a, b);
    }

    public static PyObject CallWithSelf(PyObject method, PyObject self, PyObject[] args, PyStr[] kwNames)
    {
        if (method is PyFunction f)
        {
            var full = new PyObject[args.Length + 1];
            full[0] = self;
            Array.Copy(args, 0, full, 1, args.Length);
            return f.Call(full, kwNames);
        }
        if (method is NativeMethod nm) return nm.CallWithSelf(self, args, kwNames);
        return Bind(method, self).Call(args, kwNames);
    }

    static PyObject Bind(PyObject method, PyObject self) =>
        method.IsDescriptor ? method.DescriptorGet(self, self is PyType t && method is PyClassMethod ? t : self.Type) : method;

    public static bool IsCallable(PyObject o) => o.IsCallable || o is PyType;
}
