var included = 42;
