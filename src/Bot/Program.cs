Console.WriteLine("article bot");
