package org.perfgoals;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import org.perfgoals.backup.copy.CopyDatabaseCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@Push
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
public class Application implements AppShellConfigurator {

    /** Starts the application; {@code copy-database …} runs that command instead (README, PostgreSQL). */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(CopyDatabaseCommand.NAME)) {
            System.exit(CopyDatabaseCommand.run(java.util.Arrays.asList(args).subList(1, args.length)));
        }
        SpringApplication.run(Application.class, args);
    }
}
