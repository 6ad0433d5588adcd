namespace Py2Cs.Runtime;

public static partial class os
{
    static EnvironMapping _environ;

    public static PyObject environ => _environ ??= EnvironMapping.FromProcess();

    public static PyObject getenv(PyObject key, PyObject @default = null) =>
        ((PyDict)environ).Get(key) ?? @default ?? PyNone.None;

    public static void putenv(PyObject key, PyObject value)
    {
        string k = Ops.StrValue(key), v = Ops.StrValue(value);
        OsErrors.Call(() => PosixCalls.PutEnv(k, v));
    }

    public static void unsetenv(PyObject key)
    {
        string k = Ops.StrValue(key);
        OsErrors.Call(() => PosixCalls.UnsetEnv(k));
    }
}
