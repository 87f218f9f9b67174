/* State-machine tokenizer over a constant string: identifiers, numbers (int/hex/float), strings, operators, comments. */
#include "proto.h"

enum tok { T_IDENT, T_INT, T_FLOAT, T_STRING, T_OP, T_END, T_ERROR };
static const char *const tok_names[] = { "IDENT", "INT", "FLOAT", "STRING", "OP", "END", "ERROR" };

enum state { S_START, S_IDENT, S_NUM, S_HEX, S_FRAC, S_STR, S_ESC, S_COMMENT };

struct token {
    enum tok kind;
    char text[32];
    long ivalue;
};

static const char source[] =
    "let x1 = 42 + 0x1F * (y_2 - 3.25); # comment here\n"
    "print(\"hi \\\"there\\\"\", x1 >= 10 && z != 0x0);\n"
    "if a<=b { c = 007 } else { d == 1.5 }";

__attribute__((noinline)) int is_ident_start(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
__attribute__((noinline)) int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

__attribute__((noinline)) const char *next_token(const char *p, struct token *t) {
    enum state st = S_START;
    int len = 0;
    t->ivalue = 0;
    for (;;) {
        unsigned char c = (unsigned char)*p;
        switch (st) {
        case S_START:
            if (c == '\0') { t->kind = T_END; t->text[0] = '\0'; return p; }
            if (c == ' ' || c == '\t' || c == '\n') { p++; break; }
            if (c == '#') { st = S_COMMENT; p++; break; }
            if (is_ident_start(c)) { st = S_IDENT; break; }
            if (c == '0' && (p[1] == 'x' || p[1] == 'X')) { st = S_HEX; p += 2; len = 0; break; }
            if (is_digit(c)) { st = S_NUM; break; }
            if (c == '"') { st = S_STR; p++; break; }
            t->kind = T_OP;
            t->text[0] = (char)c;
            len = 1;
            if (strchr("<>=!", c) && p[1] == '=') t->text[len++] = '=';
            else if ((c == '&' || c == '|') && p[1] == (char)c) t->text[len++] = (char)c;
            t->text[len] = '\0';
            return p + len;
        case S_COMMENT:
            if (c == '\n' || c == '\0') st = S_START;
            else p++;
            break;
        case S_IDENT:
            if (is_ident_start(c) || is_digit(c)) { if (len < 31) t->text[len++] = (char)c; p++; break; }
            t->text[len] = '\0'; t->kind = T_IDENT; return p;
        case S_NUM:
            if (is_digit(c)) { t->ivalue = t->ivalue * 10 + (c - '0'); t->text[len++] = (char)c; p++; break; }
            if (c == '.') { st = S_FRAC; t->text[len++] = (char)c; p++; break; }
            t->text[len] = '\0'; t->kind = T_INT; return p;
        case S_FRAC:
            if (is_digit(c)) { t->text[len++] = (char)c; p++; break; }
            t->text[len] = '\0'; t->kind = T_FLOAT; return p;
        case S_HEX:
            if (is_digit(c)) t->ivalue = t->ivalue * 16 + (c - '0');
            else if (c >= 'a' && c <= 'f') t->ivalue = t->ivalue * 16 + (c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') t->ivalue = t->ivalue * 16 + (c - 'A' + 10);
            else { snprintf(t->text, sizeof t->text, "hex"); t->kind = T_INT; return p; }
            p++;
            break;
        case S_STR:
            if (c == '\0') { t->kind = T_ERROR; t->text[len] = '\0'; return p; }
            if (c == '\\') { st = S_ESC; p++; break; }
            if (c == '"') { t->text[len] = '\0'; t->kind = T_STRING; return p + 1; }
            if (len < 31) t->text[len++] = (char)c;
            p++;
            break;
        case S_ESC:
            if (len < 31) t->text[len++] = (char)c;
            st = S_STR;
            p++;
            break;
        }
    }
}

int main(void) {
    const char *p = source;
    struct token t;
    int counts[7] = { 0 };
    long int_total = 0;
    int n = 0;
    do {
        p = next_token(p, &t);
        counts[t.kind]++;
        if (t.kind == T_INT)
            int_total += t.ivalue;
        printf("%2d %-6s '%s'", n++, tok_names[t.kind], t.text);
        if (t.kind == T_INT)
            printf(" = %ld", t.ivalue);
        printf("\n");
    } while (t.kind != T_END && t.kind != T_ERROR);
    for (int k = 0; k < 7; k++)
        printf("%s=%d ", tok_names[k], counts[k]);
    printf("\nint total = %ld\n", int_total);
    return counts[T_IDENT] % 16;
}
