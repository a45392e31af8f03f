Console.Error.WriteLine("atlas: no commands yet.");
return 2;
