namespace Py2Cs.Runtime;

/// <summary>The datetime module: date, time, datetime, timedelta, tzinfo, MINYEAR and MAXYEAR.</summary>
[PythonModule("datetime")]
public static class datetime
{
    public static readonly PyObject MINYEAR = PyInt.From(1);
    public static readonly PyObject MAXYEAR = PyInt.From(9999);
    public static readonly PyObject date = DateObject.TypeObject;
    [PythonName("datetime")] public static readonly PyObject datetime_ = DateTimeObject.TypeObject;
    [PythonName("time")] public static readonly PyObject time_ = TimeObject.TypeObject;
    public static readonly PyObject timedelta = TimeDeltaObject.TypeObject;
    public static readonly PyObject tzinfo = TzInfoObject.TypeObject;
}
