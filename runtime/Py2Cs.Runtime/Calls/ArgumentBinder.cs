namespace Py2Cs.Runtime;

/// <summary>Binds call arguments to a Python function's parameters exactly as CPython 2.7's
/// PyEval_EvalCodeEx does, including its error messages.</summary>
public static class ArgumentBinder
{
    /// <summary>Returns the bound array (parameters, then *args tuple, then **kwargs dict).
    /// <paramref name="args"/> holds positional arguments followed by keyword values.</summary>
    public static PyObject[] Bind(FunctionSignature sig, PyObject[] defaults, PyObject[] args, PyStr[] kwNames)
    {
        int kwcount = kwNames?.Length ?? 0;
        int argcount = args.Length - kwcount;
        int coArgcount = sig.ParameterCount;
        int defcount = defaults?.Length ?? 0;
        string name = sig.Name;
        var locals = new PyObject[sig.BoundLength];
        if (coArgcount > 0 || sig.HasVarArgs || sig.HasKwArgs)
        {
            PyDict kwdict = null;
            if (sig.HasKwArgs)
            {
                kwdict = new PyDict();
                locals[locals.Length - 1] = kwdict;
            }
            int n = argcount;
            if (argcount > coArgcount)
            {
                if (!sig.HasVarArgs)
                    throw Ops.TypeError($"{name}() takes {(defcount > 0 ? "at most" : "exactly")} {coArgcount} argument{(coArgcount == 1 ? "" : "s")} ({argcount + kwcount} given)");
                n = coArgcount;
            }
            for (int i = 0; i < n; i++) locals[i] = args[i];
            if (sig.HasVarArgs)
            {
                int extra = argcount - n;
                if (extra <= 0) locals[coArgcount] = PyTuple.Empty;
                else
                {
                    var rest = new PyObject[extra];
                    System.Array.Copy(args, n, rest, 0, extra);
                    locals[coArgcount] = PyTuple.Create(rest);
                }
            }
            for (int k = 0; k < kwcount; k++)
            {
                var keyword = kwNames[k];
                var value = args[argcount + k];
                int j = sig.IndexOf(keyword);
                if (j < 0)
                {
                    if (kwdict == null)
                        throw Ops.TypeError($"{name}() got an unexpected keyword argument '{keyword}'");
                    kwdict.SetItem(keyword, value);
                    continue;
                }
                if (locals[j] != null)
                    throw Ops.TypeError($"{name}() got multiple values for keyword argument '{keyword}'");
                locals[j] = value;
            }
            if (argcount < coArgcount)
            {
                int m = coArgcount - defcount;
                for (int i = argcount; i < m; i++)
                {
                    if (locals[i] != null) continue;
                    int given = 0;
                    for (int j = 0; j < coArgcount; j++) if (locals[j] != null) given++;
                    throw Ops.TypeError($"{name}() takes {(sig.HasVarArgs || defcount > 0 ? "at least" : "exactly")} {m} argument{(m == 1 ? "" : "s")} ({given} given)");
                }
                int start = n > m ? n - m : 0;
                for (int i = start; i < defcount; i++)
                    if (locals[m + i] == null) locals[m + i] = defaults[i];
            }
        }
        else if (argcount > 0 || kwcount > 0)
            throw Ops.TypeError($"{name}() takes no arguments ({argcount + kwcount} given)");
        return locals;
    }
}
