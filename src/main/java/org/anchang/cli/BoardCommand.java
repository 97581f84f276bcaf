package org.anchang.cli;

import java.util.concurrent.Callable;
import org.anchang.board.BoardActionException;
import org.anchang.board.BoardDay;
import org.anchang.board.io.BoardDayJson;
import org.anchang.board.io.BoardFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code board DAY.json}: replays a day's board actions and prints the assignments and the tally. */
@Command(name = "board", description = "重放一天的轮序看板操作,输出分配和统计 (JSON)")
public final class BoardCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputFile input;

    @Override
    public Integer call() {
        try {
            BoardDay board = BoardDayJson.read(input.text(), input.policy());
            spec.commandLine().getOut().println(BoardDayJson.write(board.replay()));
            return 0;
        } catch (BoardFormatException | BoardActionException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
