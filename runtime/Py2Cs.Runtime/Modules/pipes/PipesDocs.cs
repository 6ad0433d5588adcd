namespace Py2Cs.Runtime.Modules.pipes
{
    /// <summary>The docstrings of pipes, as CPython 2.7.18 has them.</summary>
    internal static class PipesDocs
    {
        public const string Module = "Conversion pipeline templates.\n\nThe problem:\n------------\n\nSuppose you have some data that you want to convert to another format,\nsuch as from GIF image format to PPM image format.  Maybe the\nconversion involves several steps (e.g. piping it through compress or\nuuencode).  Some of the conversion steps may require that their input\nis a disk file, others may be able to read standard input; similar for\ntheir output.  The input to the entire conversion may also be read\nfrom a disk file or from an open file, and similar for its output.\n\nThe module lets you construct a pipeline template by sticking one or\nmore conversion steps together.  It will take care of creating and\nremoving temporary files if they are necessary to hold intermediate\ndata.  You can then use the template to do conversions from many\ndifferent sources to many different destinations.  The temporary\nfile names used are different each time the template is used.\n\nThe templates are objects so you can create templates for many\ndifferent conversion steps and store them in a dictionary, for\ninstance.\n\n\nDirections:\n-----------\n\nTo create a template:\n    t = Template()\n\nTo add a conversion step to a template:\n   t.append(command, kind)\nwhere kind is a string of two characters: the first is '-' if the\ncommand reads its standard input or 'f' if it requires a file; the\nsecond likewise for the output. The command must be valid /bin/sh\nsyntax.  If input or output files are required, they are passed as\n$IN and $OUT; otherwise, it must be  possible to use the command in\na pipeline.\n\nTo add a conversion step at the beginning:\n   t.prepend(command, kind)\n\nTo convert a file to another file using a template:\n  sts = t.copy(infile, outfile)\nIf infile or outfile are the empty string, standard input is read or\nstandard output is written, respectively.  The return value is the\nexit status of the conversion pipeline.\n\nTo open a file for reading or writing through a conversion pipeline:\n   fp = t.open(file, mode)\nwhere mode is 'r' to read the file, or 'w' to write it -- just like\nfor the built-in function open() or for os.popen().\n\nTo create a new template object initialized to a given one:\n   t2 = t.clone()\n";
        public const string Template = "Class representing a pipeline template.";
        public const string Init = "Template() returns a fresh pipeline template.";
        public const string Repr = "t.__repr__() implements repr(t).";
        public const string Reset = "t.reset() restores a pipeline template to its initial state.";
        public const string Clone = "t.clone() returns a new pipeline template with identical\n        initial state as the current one.";
        public const string Debug = "t.debug(flag) turns debugging on or off.";
        public const string Append = "t.append(cmd, kind) adds a new step at the end.";
        public const string Prepend = "t.prepend(cmd, kind) adds a new step at the front.";
        public const string Open = "t.open(file, rw) returns a pipe or file object open for\n        reading or writing; the file is the other end of the pipeline.";
        public const string OpenR = "t.open_r(file) and t.open_w(file) implement\n        t.open(file, 'r') and t.open(file, 'w') respectively.";
        public const string Quote = "Return a shell-escaped version of the file string.";
    }
}
