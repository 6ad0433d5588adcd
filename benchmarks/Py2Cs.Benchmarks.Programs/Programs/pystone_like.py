# An integer/attribute workload in the spirit of pystone: records with
# attributes, small functions, global counters, string comparison and
# integer arithmetic in a tight loop. Written for py2cs's benchmarks.
import sys

LOOPS = 400000

IDENT_1, IDENT_2, IDENT_3, IDENT_4, IDENT_5 = range(1, 6)


class Record(object):
    def __init__(self, link=None, discr=0, enum_comp=0, int_comp=0, str_comp=''):
        self.link = link
        self.discr = discr
        self.enum_comp = enum_comp
        self.int_comp = int_comp
        self.str_comp = str_comp

    def copy(self):
        return Record(self.link, self.discr, self.enum_comp,
                      self.int_comp, self.str_comp)


int_glob = 0
bool_glob = False
char1_glob = '\0'
char2_glob = '\0'
array1_glob = [0] * 51
array2_glob = [[0] * 51 for _ in range(51)]
ptr_glob = None
ptr_glob_next = None


def func1(ch1, ch2):
    ch_loc1 = ch1
    ch_loc2 = ch_loc1
    if ch_loc2 != ch2:
        return IDENT_1
    return IDENT_2


def func2(str1, str2):
    int_loc = 1
    ch_loc = 'A'
    while int_loc <= 1:
        if func1(str1[int_loc], str2[int_loc + 1]) == IDENT_1:
            ch_loc = 'A'
            int_loc = int_loc + 1
    if 'W' <= ch_loc <= 'Z':
        int_loc = 7
    if ch_loc == 'X':
        return True
    if str1 > str2:
        int_loc = int_loc + 7
        return True
    return False


def func3(enum_par_in):
    return enum_par_in == IDENT_3


def proc7(int_par_i1, int_par_i2):
    int_loc = int_par_i1 + 2
    return int_par_i2 + int_loc


def proc8(array1_par, array2_par, int_par_i1, int_par_i2):
    global int_glob
    int_loc = int_par_i1 + 5
    array1_par[int_loc] = int_par_i2
    array1_par[int_loc + 1] = array1_par[int_loc]
    array1_par[int_loc + 30] = int_loc
    for int_index in range(int_loc, int_loc + 2):
        array2_par[int_loc][int_index] = int_loc
    array2_par[int_loc][int_loc - 1] = array2_par[int_loc][int_loc - 1] + 1
    array2_par[int_loc + 20][int_loc] = array1_par[int_loc]
    int_glob = 5


def proc6(enum_par_in):
    enum_par_out = enum_par_in
    if not func3(enum_par_in):
        enum_par_out = IDENT_4
    if enum_par_in == IDENT_1:
        enum_par_out = IDENT_1
    elif enum_par_in == IDENT_2:
        if int_glob > 100:
            enum_par_out = IDENT_1
        else:
            enum_par_out = IDENT_4
    elif enum_par_in == IDENT_3:
        enum_par_out = IDENT_2
    elif enum_par_in == IDENT_5:
        enum_par_out = IDENT_3
    return enum_par_out


def proc5():
    global char1_glob, bool_glob
    char1_glob = 'A'
    bool_glob = False


def proc4():
    global char2_glob
    bool_loc = char1_glob == 'A'
    bool_loc = bool_loc or bool_glob
    char2_glob = 'B'


def proc3(ptr_par_out):
    global int_glob
    if ptr_glob is not None:
        ptr_par_out = ptr_glob.link
    else:
        int_glob = 100
    ptr_glob.int_comp = proc7(10, int_glob)
    return ptr_par_out


def proc2(int_par_io):
    int_loc = int_par_io + 10
    enum_loc = 0
    while True:
        if char1_glob == 'A':
            int_loc = int_loc - 1
            int_par_io = int_loc - int_glob
            enum_loc = IDENT_1
        if enum_loc == IDENT_1:
            break
    return int_par_io


def proc1(ptr_par_in):
    next_record = ptr_par_in.link
    next_record.discr = ptr_glob.discr
    next_record.enum_comp = ptr_glob.enum_comp
    next_record.int_comp = ptr_glob.int_comp
    next_record.str_comp = ptr_glob.str_comp
    ptr_par_in.int_comp = 5
    next_record.int_comp = ptr_par_in.int_comp
    next_record.link = ptr_par_in.link
    next_record.link = proc3(next_record.link)
    if next_record.discr == IDENT_1:
        next_record.int_comp = 6
        next_record.enum_comp = proc6(ptr_par_in.enum_comp)
        next_record.link = ptr_glob.link
        next_record.int_comp = proc7(next_record.int_comp, 10)
    else:
        ptr_par_in = next_record.copy()
    next_record.link = None
    return ptr_par_in


def run(loops):
    global int_glob, bool_glob, char2_glob, ptr_glob, ptr_glob_next
    ptr_glob_next = Record()
    ptr_glob = Record(ptr_glob_next, IDENT_1, IDENT_3, 40,
                      "DHRYSTONE PROGRAM, SOME STRING")
    string1 = "DHRYSTONE PROGRAM, 1'ST STRING"
    array2_glob[8][7] = 10
    checksum = 0
    for i in xrange(loops):
        proc5()
        proc4()
        int_loc1 = 2
        int_loc2 = 3
        string2 = "DHRYSTONE PROGRAM, 2'ND STRING"
        enum_loc = IDENT_2
        bool_glob = not func2(string1, string2)
        while int_loc1 < int_loc2:
            int_loc3 = 5 * int_loc1 - int_loc2
            int_loc3 = proc7(int_loc1, int_loc2)
            int_loc1 = int_loc1 + 1
        proc8(array1_glob, array2_glob, int_loc1, int_loc3)
        ptr_glob = proc1(ptr_glob)
        char_index = 'A'
        while char_index <= char2_glob:
            if enum_loc == func1(char_index, 'C'):
                enum_loc = proc6(IDENT_1)
            char_index = chr(ord(char_index) + 1)
        int_loc3 = int_loc2 * int_loc1
        int_loc2 = int_loc3 / int_loc1
        int_loc2 = 7 * (int_loc3 - int_loc2) - int_loc1
        int_loc1 = proc2(int_loc1)
        checksum = (checksum * 31 + int_loc1 + int_loc2 + int_loc3 + enum_loc) % 1000000007
    return checksum


if __name__ == '__main__':
    loops = LOOPS
    if len(sys.argv) > 1:
        loops = int(sys.argv[1])
    print 'pystone_like', loops, run(loops), int_glob, array2_glob[8][7]
