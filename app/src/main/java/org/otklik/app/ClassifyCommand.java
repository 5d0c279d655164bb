package org.otklik.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.otklik.classifier.Classifier;
import org.otklik.classifier.PostJson;
import org.otklik.config.OtklikConfig;
import org.otklik.core.Post;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** JSONL posts on stdin → JSONL classifications on stdout, same order; a bad line gets an error object and the run goes on. */
@Command(name = "classify", description = "Classify JSONL posts from standard input; print one JSON classification a line.")
final class ClassifyCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    ConfigOption config;

    @Spec
    CommandSpec spec;

    /** Tests replace standard input. */
    InputStream in = System.in;

    @Override
    public Integer call() throws IOException {
        OtklikConfig c = config.load();
        Classifier classifier = Classifier.load(c, c.settings().dataDir().resolve("classifier"), Clock.systemUTC());
        PrintWriter out = spec.commandLine().getOut();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        int bad = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            String result;
            try {
                Post post = PostJson.post(JSON.readTree(line));
                result = JSON.writeValueAsString(PostJson.classification(classifier.classify(post)));
            } catch (JsonProcessingException e) {
                bad++;
                result = error(n, "not valid JSON: " + e.getOriginalMessage());
            } catch (IllegalArgumentException e) {
                bad++;
                result = error(n, e.getMessage());
            }
            out.println(result);
            if (!reader.ready()) {
                // streaming: a consumer reading line by line sees each answer as soon as its input is in
                out.flush();
            }
        }
        out.flush();
        if (bad > 0) {
            spec.commandLine().getErr().println("classify: " + bad + " of " + n + " lines were not valid posts (error objects written in their place)");
        }
        return Main.OK;
    }

    private static String error(int line, String message) throws JsonProcessingException {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("line", line);
        o.put("error", message);
        return JSON.writeValueAsString(o);
    }
}
