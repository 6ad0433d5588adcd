#pragma warning disable CS8981 // the module class is named as in Python
using System.IO;

namespace Py2Cs.Runtime
{
    /// <summary>The <c>whichdb</c> module of Python 2.7: guesses a database's module from its files —
    /// "dbm" (.pag/.dir or .db), "dumbdbm" (.dat + .dir), "gdbm" or "dbhash" by magic number; "" for
    /// an unknown format and None when the files cannot be opened.</summary>
    [PythonModule("whichdb")]
    public static class whichdb
    {
        [PythonName("whichdb")]
        public static PyObject whichdb_(PyObject filename) => Guess(Ops.Str(filename).ToString());


        static PyObject S(string s) => PyStr.FromString(s);

        static PyObject Guess(string filename)
        {
            if (File.Exists(filename + ".pag") && File.Exists(filename + ".dir")) return S("dbm");
            if (File.Exists(filename + ".db") && !File.Exists(filename + ".dat")) return S("dbm");
            if (File.Exists(filename + ".dat") && File.Exists(filename + ".dir"))
            {
                var dir = File.ReadAllBytes(filename + ".dir");
                if (dir.Length == 0 || dir[0] == '\'' || dir[0] == '"') return S("dumbdbm");
            }
            byte[] head;
            try
            {
                using var f = File.OpenRead(filename);
                head = new byte[16];
                int n = f.Read(head, 0, 16);
                if (n != 16) return S("");
            }
            catch (IOException) { return PyNone.None; }
            catch (System.UnauthorizedAccessException) { return PyNone.None; }
            uint magic = (uint)(head[0] | head[1] << 8 | head[2] << 16 | head[3] << 24);
            if (magic is 0x13579ace or 0xce9a5713 or 0xcd9a5713) return S("gdbm");
            uint magic2 = (uint)(head[12] | head[13] << 8 | head[14] << 16 | head[15] << 24);
            if (magic2 is 0x00061561 or 0x61150600) return S("dbhash");
            return S("");
        }
    }
}
