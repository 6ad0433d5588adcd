using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;

namespace Py2Cs.Runtime;

/// <summary>
/// Builds the module object of a native module (a static class marked <c>[PythonModule]</c>) once, on
/// first import: each public static method becomes a <see cref="NativeFunction"/> whose call path is a
/// compiled delegate (no reflection per call); public static fields and properties become attributes.
/// Parameters are <c>PyObject</c> (optional when they default to null, meaning "not given"),
/// <c>params PyObject[]</c> for *args and a trailing <c>[Kwargs] PyDict</c> for **kwargs.
/// </summary>
public static class NativeModuleBuilder
{
    public static PyModule Build(string name, Type type)
    {
        var module = new PyModule(name);
        foreach (var m in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
        {
            if (m.IsSpecialName) continue;
            if (m.Name == "__init__" && m.GetParameters() is [{ ParameterType: var pt }] && pt == typeof(PyModule)) continue;
            string pyName = m.GetCustomAttribute<PythonNameAttribute>()?.Name ?? m.Name;
            var f = CreateFunction(pyName, m);
            f.ModuleName = name;
            module[pyName] = f;
        }
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
        {
            if (!typeof(PyObject).IsAssignableFrom(field.FieldType)) continue;
            string pyName = field.GetCustomAttribute<PythonNameAttribute>()?.Name ?? field.Name;
            module[pyName] = (PyObject)field.GetValue(null) ?? PyNone.None;
        }
        foreach (var prop in type.GetProperties(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
        {
            if (!typeof(PyObject).IsAssignableFrom(prop.PropertyType) || prop.GetIndexParameters().Length > 0) continue;
            string pyName = prop.GetCustomAttribute<PythonNameAttribute>()?.Name ?? prop.Name;
            module[pyName] = (PyObject)prop.GetValue(null) ?? PyNone.None;
        }
        // An optional `public static void __init__(PyModule m)` finishes the module (computed members).
        // Its Python exceptions (an ImportError when a system library is missing) reach the importer
        // unwrapped.
        type.GetMethod("__init__", BindingFlags.Public | BindingFlags.Static, new[] { typeof(PyModule) })
            ?.Invoke(null, BindingFlags.DoNotWrapExceptions, null, new object[] { module }, null);
        return module;
    }

    /// <summary>Wraps one public static method as a Python callable.</summary>
    public static NativeFunction CreateFunction(string pyName, MethodInfo m)
    {
        var ps = m.GetParameters();
        bool simple = m.ReturnType == typeof(PyObject) && ps.All(p => p.ParameterType == typeof(PyObject) && !p.HasDefaultValue);
        if (simple)
        {
            switch (ps.Length)
            {
                case 0: return NativeFunction.Create(pyName, m.CreateDelegate<Func<PyObject>>());
                case 1: return NativeFunction.Create(pyName, m.CreateDelegate<Func<PyObject, PyObject>>());
                case 2: return NativeFunction.Create(pyName, m.CreateDelegate<Func<PyObject, PyObject, PyObject>>());
                case 3: return NativeFunction.Create(pyName, m.CreateDelegate<Func<PyObject, PyObject, PyObject, PyObject>>());
            }
        }
        var names = new List<string>();
        int min = 0;
        bool varArgs = false, kwArgs = false;
        foreach (var p in ps)
        {
            if (p.ParameterType == typeof(PyObject[]) && p.GetCustomAttribute<ParamArrayAttribute>() != null) { varArgs = true; continue; }
            if (p.ParameterType == typeof(PyDict) && p.GetCustomAttribute<KwargsAttribute>() != null) { kwArgs = true; continue; }
            names.Add(p.Name);
            if (!p.HasDefaultValue && !p.IsOptional) min = names.Count;
        }
        // Compiled on first call: a module has many functions and a program calls few of them, and
        // compiling an expression tree costs about a millisecond (it was a visible share of start-up).
        Func<PyObject[], PyObject[], PyDict, PyObject> invoke = null;
        string[] nameArray = names.ToArray();
        int fixedCount = nameArray.Length;
        return NativeFunction.CreateRaw(pyName, (args, kw) =>
        {
            int kwcount = kw?.Length ?? 0;
            int positional = args.Length - kwcount;
            var bound = new PyObject[fixedCount];
            PyObject[] rest = Array.Empty<PyObject>();
            if (positional > fixedCount)
            {
                if (!varArgs) throw ArgumentParser.CountError(pyName, min, fixedCount, positional + kwcount);
                rest = args[fixedCount..positional];
                positional = fixedCount;
            }
            Array.Copy(args, bound, positional);
            PyDict kwdict = kwArgs ? new PyDict() : null;
            for (int k = 0; k < kwcount; k++)
            {
                string key = kw[k].ToString();
                int j = Array.IndexOf(nameArray, key);
                if (j < 0)
                {
                    if (kwdict == null) throw Ops.TypeError($"{pyName}() got an unexpected keyword argument '{key}'");
                    kwdict.SetItem(kw[k], args[args.Length - kwcount + k]);
                    continue;
                }
                if (bound[j] != null) throw Ops.TypeError($"{pyName}() got multiple values for keyword argument '{key}'");
                bound[j] = args[args.Length - kwcount + k];
            }
            for (int i = 0; i < min; i++)
                if (bound[i] == null)
                {
                    int given = bound.Count(b => b != null);
                    throw Ops.TypeError($"{pyName}() takes {(varArgs || min < fixedCount ? "at least" : "exactly")} {min} argument{(min == 1 ? "" : "s")} ({given} given)");
                }
            invoke ??= Compile(m, ps);
            return invoke(bound, rest, kwdict);
        });
    }

    /// <summary>Compiles (bound fixed args, *args, **kwargs) → call of the method, converting the result.</summary>
    static Func<PyObject[], PyObject[], PyDict, PyObject> Compile(MethodInfo m, ParameterInfo[] ps)
    {
        var bound = Expression.Parameter(typeof(PyObject[]), "bound");
        var rest = Expression.Parameter(typeof(PyObject[]), "rest");
        var kw = Expression.Parameter(typeof(PyDict), "kw");
        var callArgs = new List<Expression>();
        int i = 0;
        foreach (var p in ps)
        {
            if (p.ParameterType == typeof(PyObject[]) && p.GetCustomAttribute<ParamArrayAttribute>() != null) { callArgs.Add(rest); continue; }
            if (p.ParameterType == typeof(PyDict) && p.GetCustomAttribute<KwargsAttribute>() != null) { callArgs.Add(kw); continue; }
            Expression arg = Expression.ArrayIndex(bound, Expression.Constant(i++));
            callArgs.Add(ConvertArgument(arg, p.ParameterType, p));
        }
        Expression call = Expression.Call(m, callArgs);
        Expression body = ConvertResult(call, m.ReturnType);
        return Expression.Lambda<Func<PyObject[], PyObject[], PyDict, PyObject>>(body, bound, rest, kw).Compile();
    }

    static Expression ConvertArgument(Expression arg, Type target, ParameterInfo p)
    {
        if (target == typeof(PyObject)) return arg;
        var method = typeof(NativeModuleBuilder).GetMethod(nameof(ArgTo), BindingFlags.NonPublic | BindingFlags.Static).MakeGenericMethod(target);
        object def = p.HasDefaultValue ? p.DefaultValue : (target.IsValueType ? Activator.CreateInstance(target) : null);
        return Expression.Call(method, arg, Expression.Constant(def, typeof(object)));
    }

    static T ArgTo<T>(PyObject o, object defaultValue)
    {
        if (o == null) return (T)defaultValue;
        object r = typeof(T) switch
        {
            var t when t == typeof(string) => Ops.StrValue(o),
            var t when t == typeof(int) => Ops.ToInt32(o),
            var t when t == typeof(long) => Ops.IndexToLong(o),
            var t when t == typeof(bool) => Ops.IsTrue(o),
            var t when t == typeof(double) => ((PyFloat)NumberTypes.FloatFromObject(o)).Value,
            _ => o is T ? o : throw Ops.TypeError($"expected {typeof(T).Name}, got {o.TypeName}"),
        };
        return (T)r;
    }

    static Expression ConvertResult(Expression call, Type returnType)
    {
        if (returnType == typeof(void)) return Expression.Block(call, Expression.Constant(PyNone.None, typeof(PyObject)));
        if (typeof(PyObject).IsAssignableFrom(returnType))
            return Expression.Coalesce(Expression.Convert(call, typeof(PyObject)), Expression.Constant(PyNone.None, typeof(PyObject)));
        var method = typeof(NativeModuleBuilder).GetMethod(nameof(ResultFrom), BindingFlags.NonPublic | BindingFlags.Static).MakeGenericMethod(returnType);
        return Expression.Call(method, call);
    }

    static PyObject ResultFrom<T>(T value) => value switch
    {
        null => PyNone.None,
        bool b => PyBool.From(b),
        int i => PyInt.From(i),
        long l => PyInt.From(l),
        double d => new PyFloat(d),
        string s => PyStr.FromString(s),
        _ => throw Ops.SystemError("unsupported native return type " + typeof(T).Name),
    };
}
