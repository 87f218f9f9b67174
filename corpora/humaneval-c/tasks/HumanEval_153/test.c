/* HumanEval/153 test driver */
#include <stdio.h>
#include <string.h>

void Strongest_Extension(const char *class_name, const char *const *extensions, int n, char *out);

int main(void)
{
    static const char *const e1[] = {"tEN", "niNE", "eIGHt8OKe"};
    static const char *const e2[] = {"nani", "NazeDa", "YEs.WeCaNe", "32145tggg"};
    static const char *const e3[] = {"t", "eMptY", "nothing", "zeR00", "NuLl__", "123NoooneB321"};
    static const char *const e4[] = {"Ta", "TAR", "t234An", "cosSo"};
    static const char *const e5[] = {"Tab", "123", "781345", "-_-"};
    static const char *const e6[] = {"HhAas", "okIWILL123", "WorkOut", "Fails", "-_-"};
    static const char *const e7[] = {"Die", "NowW", "Wow", "WoW"};
    static const char *const e8[] = {"Bb", "91245"};
    static const char *const e9[] = {"671235", "Bb"};
    struct { const char *cls; const char *const *ext; int n; const char *want; } cases[] = {
        {"Watashi", e1, 3, "Watashi.eIGHt8OKe"},
        {"Boku123", e2, 4, "Boku123.YEs.WeCaNe"},
        {"__YESIMHERE", e3, 6, "__YESIMHERE.NuLl__"},
        {"K", e4, 4, "K.TAR"},
        {"__HAHA", e5, 4, "__HAHA.123"},
        {"YameRore", e6, 5, "YameRore.okIWILL123"},
        {"finNNalLLly", e7, 4, "finNNalLLly.WoW"},
        {"_", e8, 2, "_.Bb"},
        {"Sp", e9, 2, "Sp.671235"},
    };
    int n = (int)(sizeof cases / sizeof cases[0]);
    for (int k = 0; k < n; k++) {
        char buf[64];
        memset(buf, 'x', sizeof buf);
        Strongest_Extension(cases[k].cls, cases[k].ext, cases[k].n, buf);
        if (strcmp(buf, cases[k].want) != 0) {
            fprintf(stderr, "HumanEval/153: assert %d failed\n", k + 1);
            return 1;
        }
    }
    return 0;
}
