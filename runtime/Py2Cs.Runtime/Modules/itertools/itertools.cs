#pragma warning disable CS8981 // the module class is named as in Python
using Py2Cs.Runtime.Modules.itertools;

namespace Py2Cs.Runtime
{
    /// <summary>The <c>itertools</c> module of Python 2.7: every iterator type, and tee().</summary>
    [PythonModule("itertools")]
    public static class itertools
    {
        public static readonly PyObject count = CountObject.TypeObject;
        public static readonly PyObject cycle = CycleObject.TypeObject;
        public static readonly PyObject repeat = RepeatObject.TypeObject;
        public static readonly PyObject chain = ChainObject.TypeObject;
        public static readonly PyObject compress = CompressObject.TypeObject;
        public static readonly PyObject dropwhile = WhileObject.DropType;
        public static readonly PyObject takewhile = WhileObject.TakeType;
        public static readonly PyObject groupby = GroupByObject.TypeObject;
        public static readonly PyObject ifilter = FilterObject.FilterType;
        public static readonly PyObject ifilterfalse = FilterObject.FilterFalseType;
        public static readonly PyObject imap = IMapObject.TypeObject;
        public static readonly PyObject islice = ISliceObject.TypeObject;
        public static readonly PyObject izip = IZipObject.TypeObject;
        public static readonly PyObject izip_longest = IZipObject.LongestType;
        public static readonly PyObject starmap = StarMapObject.TypeObject;
        public static readonly PyObject product = CombinatoricObject.ProductType;
        public static readonly PyObject permutations = CombinatoricObject.PermutationsType;
        public static readonly PyObject combinations = CombinatoricObject.CombinationsType;
        public static readonly PyObject combinations_with_replacement = CombinatoricObject.CombinationsWithReplacementType;

        public static readonly PyObject tee = NativeFunction.CreateRaw("tee", (args, kw) =>
        {
            if (kw != null && kw.Length > 0) throw Ops.TypeError("tee() takes no keyword arguments");
            if (args.Length < 1) throw Ops.TypeError($"function takes at least 1 argument ({args.Length} given)");
            if (args.Length > 2) throw Ops.TypeError($"function takes at most 2 arguments ({args.Length} given)");
            return TeeObject.Tee(args[0], args.Length > 1 ? Ops.IndexToLongArg(args[1]) : 2);
        });
    }
}
