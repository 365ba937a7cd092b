// parcours: the command-line tool over core.
int main() { return 0; }
