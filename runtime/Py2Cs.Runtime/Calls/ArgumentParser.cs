using System;

namespace Py2Cs.Runtime;

/// <summary>Argument parsing for built-in (C#) callables, worded like CPython's PyArg_ParseTupleAndKeywords.</summary>
public static class ArgumentParser
{
    /// <summary>Maps positional and keyword arguments onto <paramref name="names"/>; missing optional
    /// parameters are null. <paramref name="max"/> of -1 means names.Length.</summary>
    public static PyObject[] Parse(string function, PyObject[] args, PyStr[] kwNames, int min, int max, params string[] names)
    {
        int kwcount = kwNames?.Length ?? 0;
        int positional = args.Length - kwcount;
        if (max < 0) max = names.Length;
        var result = new PyObject[Math.Max(names.Length, max)];
        int total = positional + kwcount;
        if (positional > max || (kwcount == 0 && total < min))
            throw CountError(function, min, max, total);
        Array.Copy(args, result, positional);
        for (int k = 0; k < kwcount; k++)
        {
            string kw = kwNames[k].ToString();
            int j = Array.IndexOf(names, kw);
            if (j < 0 || j >= max)
                throw Ops.TypeError($"'{kw}' is an invalid keyword argument for this function");
            if (result[j] != null)
                throw Ops.TypeError($"Argument given by name ('{kw}') and position ({j + 1})");
            result[j] = args[positional + k];
        }
        for (int i = 0; i < min; i++)
            if (result[i] == null)
            {
                if (kwcount > 0) throw Ops.TypeError($"Required argument '{names[i]}' (pos {i + 1}) not found");
                throw CountError(function, min, max, total);
            }
        return result;
    }

    public static PythonException CountError(string function, int min, int max, int given)
    {
        if (min == max)
            return min == 0
                ? Ops.TypeError($"{function}() takes no arguments ({given} given)")
                : min == 1 ? Ops.TypeError($"{function}() takes exactly one argument ({given} given)")
                : Ops.TypeError($"{function}() takes exactly {min} arguments ({given} given)");
        if (given < min)
            return Ops.TypeError($"{function}() takes at least {min} argument{(min == 1 ? "" : "s")} ({given} given)");
        return Ops.TypeError($"{function}() takes at most {max} argument{(max == 1 ? "" : "s")} ({given} given)");
    }

    public static void NoKeywords(string function, PyStr[] kwNames)
    {
        if (kwNames != null && kwNames.Length > 0) throw Ops.TypeError($"{function}() takes no keyword arguments");
    }
}
