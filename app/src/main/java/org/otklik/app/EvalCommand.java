package org.otklik.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.otklik.classifier.Classifier;
import org.otklik.classifier.Corpus;
import org.otklik.classifier.Evaluation;
import org.otklik.classifier.LabeledPost;
import org.otklik.config.OtklikConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Labeled JSONL in, per-class precision/recall/F1 and a confusion summary out. */
@Command(name = "eval", description = "Evaluate the classifier on a labeled JSONL file: per-class precision, recall, F1.")
final class EvalCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Parameters(index = "0", paramLabel = "FILE", description = "labeled JSONL: {\"id\",\"text\",…,\"expect\":{…}}")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file");
        }
        List<LabeledPost> posts = Corpus.read(file);
        OtklikConfig c = config.load();
        Classifier classifier = Classifier.load(c, c.settings().dataDir().resolve("classifier"), Clock.systemUTC());
        var out = spec.commandLine().getOut();
        out.println("eval " + file + ": " + posts.size() + " labeled posts");
        Evaluation.run(classifier, posts).print(out);
        out.flush();
        return Main.OK;
    }
}
