namespace Py2Cs.Runtime;

/// <summary>The stat module: S_IS* tests and S_IMODE/S_IFMT over st_mode values, and the constants.</summary>
[PythonModule("stat")]
public static partial class stat
{
    static long Mode(PyObject mode) => Ops.IndexToLong(mode);

    public static PyObject S_IMODE(PyObject mode) => PyInt.From(Mode(mode) & 0xfff);
    public static PyObject S_IFMT(PyObject mode) => PyInt.From(Mode(mode) & 0xf000);
    public static bool S_ISDIR(PyObject mode) => (Mode(mode) & 0xf000) == StatConstants.S_IFDIR;
    public static bool S_ISCHR(PyObject mode) => (Mode(mode) & 0xf000) == StatConstants.S_IFCHR;
    public static bool S_ISBLK(PyObject mode) => (Mode(mode) & 0xf000) == StatConstants.S_IFBLK;
    public static bool S_ISREG(PyObject mode) => (Mode(mode) & 0xf000) == StatConstants.S_IFREG;
    public static bool S_ISFIFO(PyObject mode) => (Mode(mode) & 0xf000) == StatConstants.S_IFIFO;
    public static bool S_ISLNK(PyObject mode) => (Mode(mode) & 0xf000) == StatConstants.S_IFLNK;
    public static bool S_ISSOCK(PyObject mode) => (Mode(mode) & 0xf000) == StatConstants.S_IFSOCK;
}
