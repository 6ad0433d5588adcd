#pragma warning disable CS8981 // the module class is named as in Python
namespace Py2Cs.Runtime;

/// <summary>The <c>mmap</c> module of Python 2.7 (Unix): the mmap type over libc mmap, so sharing,
/// copy-on-write (MAP_PRIVATE) and anonymous maps behave exactly as in CPython.</summary>
[PythonModule("mmap")]
public static class mmap
{
    public static readonly PyObject ACCESS_READ = PyInt.From(1), ACCESS_WRITE = PyInt.From(2), ACCESS_COPY = PyInt.From(3),
        ALLOCATIONGRANULARITY = PyInt.From(MemoryMap.PageSize), PAGESIZE = PyInt.From(MemoryMap.PageSize),
        MAP_ANON = PyInt.From(32), MAP_ANONYMOUS = PyInt.From(32), MAP_DENYWRITE = PyInt.From(2048),
        MAP_EXECUTABLE = PyInt.From(4096), MAP_PRIVATE = PyInt.From(2), MAP_SHARED = PyInt.From(1),
        PROT_EXEC = PyInt.From(4), PROT_READ = PyInt.From(1), PROT_WRITE = PyInt.From(2);

    /// <summary>mmap.error is EnvironmentError itself in CPython 2.7.</summary>
    public static readonly PyObject error = PyExceptionTypes.EnvironmentError;

    [PythonName("mmap")]
    public static readonly PyObject mmap_ = MemoryMap.TypeObject;
}
